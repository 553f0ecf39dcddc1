package dev.cloudtest.pipeline;

import static dev.cloudtest.pipeline.Fixtures.classicSpec;
import static dev.cloudtest.pipeline.Fixtures.getPipelineOutput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudtest.core.RecordingReporter;
import dev.cloudtest.model.PipelineJson;
import dev.cloudtest.project.ProjectSettings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemoveStageTest {
    @TempDir
    Path out;

    private final InMemoryStores aws = new InMemoryStores();
    private final RecordingReporter reporter = new RecordingReporter();

    private void seedWithStage(boolean secondUser) {
        ObjectNode output = getPipelineOutput("classic.json");
        ObjectNode declaration = StagePlanner.plan((ObjectNode) output.get("pipeline"), classicSpec(), false)
                .after();
        if (secondUser) {
            ObjectNode nightly = declaration.path("stages").get(3).deepCopy();
            nightly.put("name", "Nightly");
            ((ObjectNode) nightly.path("actions").get(0)).putArray("outputArtifacts");
            ((ArrayNode) declaration.get("stages")).add(nightly);
        }
        output.set("pipeline", declaration);
        aws.seed(output);
        aws.projects.put(
                "IntegrationProject",
                new ProjectSettings(
                        "IntegrationProject",
                        "CODEPIPELINE",
                        "CODEPIPELINE",
                        "integration_buildspec.yml",
                        "LINUX_CONTAINER",
                        "img",
                        "BUILD_GENERAL1_SMALL",
                        "role",
                        0,
                        "NO_CACHE",
                        null,
                        true));
    }

    private EditResult remove(boolean deleteProject, boolean dryRun) {
        return new RemoveStage(aws.pipelines, aws.projectStore, reporter, out, () -> aws.calls)
                .run(new RemoveStage.Request(
                        "demo-classic", "IntegrationTest", "IntegrationProject", deleteProject, dryRun, false));
    }

    @Test
    void removesTheStageAndDeletesTheProjectWhenAsked() {
        seedWithStage(false);

        EditResult result = remove(true, false);

        ObjectNode expected = Fixtures.declaration("classic.json").deepCopy().put("version", 2);
        assertThat(PipelineJson.pretty(aws.current("demo-classic"))).isEqualTo(PipelineJson.pretty(expected));
        assertThat(aws.projects).doesNotContainKey("IntegrationProject");
        assertThat(result.projectDeleted()).isTrue();
        assertThat(result.kind()).isEqualTo("REMOVE");
    }

    @Test
    void keepsTheProjectWhileAnotherStageStillRunsIt() {
        seedWithStage(true);

        EditResult result = remove(true, false);

        assertThat(StagePlanner.stageNames(aws.current("demo-classic").path("stages")))
                .containsExactly("Source", "Build", "Deploy", "Nightly");
        assertThat(aws.projects).containsKey("IntegrationProject");
        assertThat(result.projectDeleted()).isFalse();
        assertThat(reporter.text()).contains("stage 'Nightly' still uses it");
    }

    @Test
    void aDryRunAndASecondRunWriteNothing() {
        seedWithStage(false);
        remove(false, true);
        assertThat(aws.writes()).isZero();
        remove(false, false);
        int writes = aws.writes();

        EditResult again = remove(false, false);

        assertThat(aws.writes()).isEqualTo(writes);
        assertThat(again.outcome()).isEqualTo("up-to-date");
        assertThat(aws.projects).containsKey("IntegrationProject");
    }

    @Test
    void commandLineVariablesAddToThePomOnes() {
        Map<String, String> pom = new LinkedHashMap<>(Map.of("ENV_STACK_NAME", "from-pom"));

        assertThat(StageSpec.variables(pom, "ENV_STACK_NAME=cli, REGION=eu-west-1"))
                .containsExactly(Map.entry("ENV_STACK_NAME", "cli"), Map.entry("REGION", "eu-west-1"));
        assertThatThrownBy(() -> StageSpec.variables(null, "JUSTNAME"))
                .hasMessageContaining("cloudtest.environment: 'JUSTNAME' is not NAME=value");
    }
}
