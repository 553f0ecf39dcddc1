package dev.cloudtest.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudtest.pipeline.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stage and its buildspec must agree on the output artifact: an action that declares one with a buildspec
 * that has no {@code artifacts:} fails in CodeBuild, so add-stage says so (run the way Maven runs it, offline).
 */
class StageArtifactsTest {
    @TempDir
    Path tmp;

    @Test
    void anOutputArtifactWithABuildspecThatHasNoArtifactsIsReported() {
        Sandbox sandbox = Sandbox.in(tmp);
        sandbox.file(
                "integration_buildspec.yml", "version: 0.2\nphases:\n  build:\n    commands:\n      - mvn verify\n");
        Path pipeline = sandbox.file(
                "pipeline.json", Fixtures.getPipelineOutput("classic.json").toString());

        Outcome outcome = Goal.named("add-stage", sandbox)
                .property("cloudtest.pipelineFile", pipeline.toString())
                .run()
                .assertSucceeded();

        assertThat(outcome.output())
                .contains("The stage's action declares the output artifact 'IntegrationTestOutput', but"
                        + " integration_buildspec.yml has no artifacts: section");
    }

    @Test
    void aBuildspecWithArtifactsOrNoOutputArtifactSaysNothing() {
        Sandbox sandbox = Sandbox.in(tmp);
        sandbox.file(
                "integration_buildspec.yml",
                "version: 0.2\nphases:\n  build:\n    commands:\n      - mvn verify\nartifacts:\n  files:\n"
                        + "    - '**/*'\n  base-directory: target/failsafe-reports\n");
        Path pipeline = sandbox.file(
                "pipeline.json", Fixtures.getPipelineOutput("classic.json").toString());

        assertThat(Goal.named("add-stage", sandbox)
                        .property("cloudtest.pipelineFile", pipeline.toString())
                        .run()
                        .assertSucceeded()
                        .output())
                .doesNotContain("output artifact");
    }
}
