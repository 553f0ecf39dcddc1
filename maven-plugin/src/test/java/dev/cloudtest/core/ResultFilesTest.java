package dev.cloudtest.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFilesTest {
    @TempDir
    Path dir;

    @Test
    void aNewFileGetsTheUsualPermissionsNotOwnerOnly() throws IOException {
        // Found by QA: results and the generated buildspec came out 0600 (Files.createTempFile's mode).
        Path reference = Files.writeString(dir.resolve("reference.txt"), "x");

        Path written = ResultFiles.writeText(dir, "result.json", "{}\n");

        assertThat(Files.readString(written)).isEqualTo("{}\n");
        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(reference));
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("reference.txt", "result.json");
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path existing = Files.writeString(dir.resolve("integration_buildspec.yml"), "old");
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-rw-r--"));

        ResultFiles.writeText(dir, "integration_buildspec.yml", "new");

        assertThat(Files.readString(existing)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing)))
                .isEqualTo("rw-rw-r--");
    }

    @Test
    void aDirectoryThatIsAFileIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("cloudtest"), "not a directory");

        assertThatThrownBy(() -> ResultFiles.writeJson(file, "test-summary.json", "x"))
                .isInstanceOf(EnvironmentException.class)
                .hasMessage("Cannot write " + file.resolve("test-summary.json") + ": " + file
                        + " is a file, not a directory. Remove it or write to another directory.");
        assertThat(Files.readString(file)).isEqualTo("not a directory");
    }

    @Test
    void aTargetThatIsADirectoryIsNamedAndLeftAlone() throws IOException {
        Path target = Files.createDirectories(dir.resolve("out.yml"));

        assertThatThrownBy(() -> ResultFiles.writeText(dir, "out.yml", "x"))
                .isInstanceOf(EnvironmentException.class)
                .hasMessage("Cannot write " + target + ": it is a directory. Remove it or write to another file.");
        assertThat(target).isEmptyDirectory();
        assertThat(dir.toFile().list()).containsExactly("out.yml");
    }

    @Test
    void aResultFileIsShownAsTheUserFindsItFromTheWorkingDirectory(@TempDir Path elsewhere) {
        Path workingDirectory = Path.of("").toAbsolutePath();

        assertThat(ResultFiles.shown(workingDirectory.resolve("build/out/test-summary.md")))
                .isEqualTo(Path.of("build", "out", "test-summary.md").toString());
        assertThat(ResultFiles.shown(Path.of("build/out/../out/test-summary.md")))
                .isEqualTo(Path.of("build", "out", "test-summary.md").toString());
        assertThat(ResultFiles.shown(elsewhere.resolve("test-summary.md")))
                .isEqualTo(elsewhere.resolve("test-summary.md").toAbsolutePath().toString());
    }
}
