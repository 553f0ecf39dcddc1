package dev.cloudtest.buildspec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.core.UserFixableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Buildspecs and templates are untrusted: bombs, deep nesting, huge files and type tags end in a finding. */
@Timeout(10)
class HostileYamlTest {
    @TempDir
    Path dir;

    @Test
    void anAliasBombIsAFindingNotAnOutOfMemory() {
        StringBuilder yaml = new StringBuilder("version: 0.2\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 30; i++) {
            String previous = "*a" + (i - 1);
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            yaml.append(String.join(", ", List.of(previous, previous, previous, previous, previous)));
            yaml.append("]\n");
        }
        yaml.append("phases:\n  build:\n    commands: [\"x\"]\n");
        List<Finding> findings = BuildspecValidator.validate("bomb.yml", yaml.toString(), null);
        assertThat(findings).extracting(Finding::rule).contains("yaml-limit");
    }

    @Test
    void deepNestingIsRejected() {
        String yaml = "version: 0.2\nphases: " + "[".repeat(200) + "]".repeat(200) + "\n";
        assertThat(BuildspecValidator.validate("deep.yml", yaml, null))
                .extracting(Finding::rule)
                .containsExactly("yaml-limit");
    }

    @Test
    void aHugeDocumentIsRejected() {
        String yaml = "version: 0.2\n# " + "x".repeat(SafeYaml.MAX_CODE_POINTS + 10) + "\n";
        assertThat(BuildspecValidator.validate("huge.yml", yaml, null))
                .extracting(Finding::rule)
                .containsExactly("yaml-limit");
    }

    @Test
    void typeTagsInATemplateAreNeverInstantiated() throws IOException {
        Path marker = dir.resolve("created-by-yaml");
        Files.writeString(
                dir.resolve("t.yml"),
                "version: 0.2\nphases:\n  build:\n    commands:\n" + "      - !!java.io.FileOutputStream [\"" + marker
                        + "\"]\n");
        BuildspecRequest request = new TestRequest().template("t.yml", dir).build();
        assertThatThrownBy(() -> BuildspecGenerator.generate(request)).isInstanceOf(UserFixableException.class);
        assertThat(marker).doesNotExist();
    }

    @Test
    void theValidatorIsFastOnAWideButLegalFile() {
        StringBuilder yaml = new StringBuilder("version: 0.2\nphases:\n  build:\n    commands:\n");
        for (int i = 0; i < 20_000; i++) {
            yaml.append("      - \"echo ").append(i).append("\"\n");
        }
        long start = System.nanoTime();
        assertThat(BuildspecValidator.validate("wide.yml", yaml.toString(), null))
                .isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
}
