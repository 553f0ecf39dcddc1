package dev.cloudtest.buildspec;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.core.Reporter;
import dev.cloudtest.core.UserFixableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildspecValidationTest {
    @TempDir
    Path dir;

    private void validate(Path file) {
        BuildspecValidation.run(List.of(file), dir, null, false, dir.resolve("target/cloudtest"), Reporter.silent());
    }

    @Test
    void aDirectoryIsNamedAsOneNotAsMissing() throws IOException {
        // Found by QA: -Dcloudtest.buildspec.files=ci (a directory) said "ci does not exist".
        Path ci = Files.createDirectories(dir.resolve("ci"));

        assertThatThrownBy(() -> validate(ci))
                .isInstanceOf(UserFixableException.class)
                .hasMessage("cloudtest.buildspec.files: ci is a directory; name the buildspec files in it, e.g."
                        + " ci/buildspec.yml.");
        assertThatThrownBy(() -> validate(dir.resolve("nope.yml")))
                .hasMessage("cloudtest.buildspec.files: nope.yml does not exist.");
    }

    @Test
    void aFileThatIsNotUtf8SaysSoInsteadOfInputLength() throws IOException {
        // Found by QA: a Latin-1 or UTF-16 buildspec failed with "Cannot read ...: Input length = 1".
        String text = "version: 0.2\nphases:\n  build:\n    commands:\n      - echo café\n";
        for (var charset : List.of(StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16)) {
            Path file = Files.write(dir.resolve("buildspec.yml"), text.getBytes(charset));
            assertThatThrownBy(() -> validate(file))
                    .isInstanceOf(UserFixableException.class)
                    .hasMessageEndingWith("buildspec.yml is not UTF-8 text (a binary file, or saved as UTF-16 or"
                            + " Latin-1); CodeBuild reads a buildspec as UTF-8. Save it as UTF-8.");
        }
    }
}
