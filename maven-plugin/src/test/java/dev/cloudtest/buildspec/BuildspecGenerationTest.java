package dev.cloudtest.buildspec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.core.Reporter;
import dev.cloudtest.core.UserFixableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildspecGenerationTest {
    @TempDir
    Path dir;

    private BuildspecRequest request() {
        return new BuildspecRequest()
                .template("maven-failsafe", dir)
                .java(null, "21")
                .header("1.0", "mvn x");
    }

    private BuildspecGeneration.Result run(BuildspecRequest request, boolean check) {
        return BuildspecGeneration.run(
                request,
                dir.resolve("integration_buildspec.yml"),
                check,
                dir.resolve("target/cloudtest"),
                Reporter.silent());
    }

    @Test
    void writesThenLeavesAnUpToDateFileAlone() throws IOException {
        assertThat(run(request(), false).outcome()).isEqualTo("written");
        Path file = dir.resolve("integration_buildspec.yml");
        assertThat(Files.readString(file)).contains("java: corretto21");
        assertThat(run(request(), false).outcome()).isEqualTo("unchanged");
        assertThat(Files.readString(dir.resolve("target/cloudtest/generate-buildspec.json")))
                .contains("\"outcome\" : \"unchanged\"")
                .contains("\"template\" : \"maven-failsafe\"");
    }

    @Test
    void checkPassesOnAnUpToDateFileAndFailsWithADiffOnDrift() throws IOException {
        run(request(), false);
        assertThat(run(request(), true).outcome()).isEqualTo("up-to-date");

        Path file = dir.resolve("integration_buildspec.yml");
        String before = Files.readString(file);
        assertThatThrownBy(() -> run(request().java("corretto17", null), true))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("integration_buildspec.yml differs from what the configuration generates")
                .hasMessageContaining("-      java: corretto21\n+      java: corretto17\n");
        assertThat(Files.readString(file)).as("check never writes").isEqualTo(before);
        assertThat(Files.readString(dir.resolve("target/cloudtest/generate-buildspec.json")))
                .contains("\"drift\"");
    }

    @Test
    void aCheckoutWithCrlfLineEndsIsNotDrift() throws IOException {
        run(request(), false);
        Path file = dir.resolve("integration_buildspec.yml");
        Files.writeString(file, Files.readString(file).replace("\n", "\r\n"));
        assertThat(run(request(), true).outcome()).isEqualTo("up-to-date");
    }

    @Test
    void checkFailsWhenTheFileIsMissing() {
        assertThatThrownBy(() -> run(request(), true)).hasMessageContaining("does not exist. Generate it with: mvn x");
    }
}
