package dev.cloudtest.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.core.ResultFiles.Access;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFilesTest {
    @TempDir
    Path dir;

    @Test
    void aResultFileIsOwnerOnlyWhateverTheUmask() throws IOException {
        Path written = ResultFiles.writeText(dir, "stack.env", "CLOUDTEST_OUTPUT_KEY='v'\n");

        assertThat(Files.readString(written)).isEqualTo("CLOUDTEST_OUTPUT_KEY='v'\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written)))
                .isEqualTo("rw-------");
        assertThat(dir.toFile().list()).containsExactly("stack.env");
    }

    @Test
    void aReplacedResultFileBecomesOwnerOnly() throws IOException {
        Path existing = Files.writeString(dir.resolve("stack.properties"), "old");
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-r--r--"));

        ResultFiles.writeText(dir, "stack.properties", "new");

        assertThat(Files.readString(existing)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing)))
                .isEqualTo("rw-------");
    }

    @Test
    void aSharedFileGetsTheUsualPermissionsNotOwnerOnly() throws IOException {
        // Found by QA: the generated buildspec came out 0600 (Files.createTempFile's mode).
        Path reference = Files.writeString(dir.resolve("reference.txt"), "x");

        Path written = ResultFiles.write(dir.resolve("b.yml"), "cloudtest.buildspec.file", "y\n", Access.SHARED);

        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void aReplacedSharedFileKeepsItsPermissions() throws IOException {
        Path existing = Files.writeString(dir.resolve("integration_buildspec.yml"), "old");
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-rw-r--"));

        ResultFiles.write(existing, "cloudtest.buildspec.file", "new", Access.SHARED);

        assertThat(Files.readString(existing)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing)))
                .isEqualTo("rw-rw-r--");
    }

    @Test
    void aDirectoryThatIsAFileIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("cloudtest"), "not a directory");

        assertThatThrownBy(() -> ResultFiles.writeJson(file, "test-summary.json", "x"))
                .isInstanceOf(UserFixableException.class)
                .hasMessage("cloudtest.outputDirectory: cannot write " + file.resolve("test-summary.json") + ": "
                        + file + " is a file, not a directory. Remove it or point cloudtest.outputDirectory"
                        + " elsewhere.");
        assertThat(Files.readString(file)).isEqualTo("not a directory");
    }

    @Test
    void aTargetThatIsADirectoryIsNamedAndLeftAlone() throws IOException {
        Path target = Files.createDirectories(dir.resolve("out.yml"));

        assertThatThrownBy(() -> ResultFiles.writeText(dir, "out.yml", "x"))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("cloudtest.outputDirectory: " + target + " is a directory, not a regular file");
        assertThat(target).isEmptyDirectory();
        assertThat(dir.toFile().list()).containsExactly("out.yml");
    }

    @Test
    void aSocketIsRefusedAndLeftASocket() throws IOException {
        Path socket = dir.resolve("summary.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));

            assertThatThrownBy(() -> ResultFiles.writeText(dir, "summary.sock", "x"))
                    .isInstanceOf(UserFixableException.class)
                    .hasMessageContaining("is a socket, not a regular file")
                    .hasMessageContaining("Point cloudtest.outputDirectory at a regular file");
            assertThat(Files.isRegularFile(socket, LinkOption.NOFOLLOW_LINKS)).isFalse();
            assertThat(Files.getAttribute(socket, "unix:mode")).matches(m -> ((Integer) m & 0170000) == 0140000);
        }
    }

    @Test
    void aLinkToARegularFileWritesTheRealFileAndKeepsTheLink() throws IOException {
        Path real = Files.writeString(
                Files.createDirectories(dir.resolve("elsewhere")).resolve("real.yml"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.yml"), real);

        Path written = ResultFiles.write(link, "cloudtest.buildspec.file", "new", Access.SHARED);

        assertThat(written).isEqualTo(real.toRealPath());
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
        assertThat(dir.resolve("elsewhere").toFile().list()).containsExactly("real.yml");
    }

    @Test
    void aDanglingLinkIsRefusedAndKept() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.yml"), dir.resolve("missing/real.yml"));

        assertThatThrownBy(() -> ResultFiles.write(link, "cloudtest.buildspec.file", "x", Access.SHARED))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining(
                        "cloudtest.buildspec.file: " + link + " is a symbolic link to a path that" + " does not exist");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(dir.resolve("missing")).doesNotExist();
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

    @Test
    void devNullIsRefusedByTheCheckThatPrecedesEveryWrite() {
        // checkWritable only reads attributes, so this cannot replace the machine's /dev/null even if it regressed.
        assertThatThrownBy(() -> ResultFiles.checkWritable(Path.of("/dev/null"), "cloudtest.buildspec.file"))
                .isInstanceOf(UserFixableException.class)
                .hasMessage("cloudtest.buildspec.file: /dev/null is a character device, not a regular file, so"
                        + " cloudtest does not write to it. Point cloudtest.buildspec.file at a regular file (or a"
                        + " path where nothing exists yet).");
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    }
}
