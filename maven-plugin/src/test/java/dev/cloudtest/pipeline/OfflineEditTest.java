package dev.cloudtest.pipeline;

import static dev.cloudtest.pipeline.Fixtures.classicSpec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudtest.core.RecordingReporter;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.model.PipelineJson;
import dev.cloudtest.project.ProjectRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineEditTest {
    private static final ProjectRequest PROJECT =
            new ProjectRequest("IntegrationProject", null, null, null, null, 1, false, false, null);

    @TempDir
    Path dir;

    private final RecordingReporter reporter = new RecordingReporter();

    private Path saved(String fixture) throws IOException {
        Path file = dir.resolve("pipeline.json");
        Files.writeString(file, PipelineJson.pretty(Fixtures.getPipelineOutput(fixture)));
        return file;
    }

    private ObjectNode updated(String name) throws IOException {
        return PipelineJson.parseObject(Files.readAllBytes(dir.resolve("out").resolve(name)), name);
    }

    @Test
    void writesTheUpdateInputWithEveryFieldOfAV2PipelineKept() throws IOException {
        Path file = saved("v2-everything.json");
        StageSpec spec = new StageSpec(
                "Deploy",
                "IntegrationTest",
                "Integration",
                "SourceArtifact",
                "",
                "IntegrationProject",
                java.util.Map.of("ENV_STACK_NAME", "app-eu"),
                1);

        EditResult result = AddStage.offline(file, null, spec, PROJECT, false, reporter, dir.resolve("out"));

        // Offline sends nothing to AWS: the project is not created, and the create-project input says how to.
        JsonNode create = updated("IntegrationProject.create-project.json");
        assertThat(create.path("name").asText()).isEqualTo("IntegrationProject");
        assertThat(create.at("/source/type").asText()).isEqualTo("CODEPIPELINE");
        assertThat(create.at("/source/buildspec").asText()).isEqualTo("integration_buildspec.yml");
        assertThat(create.path("serviceRole").asText()).isEqualTo(ProjectCliInput.ROLE_PLACEHOLDER);
        assertThat(create.at("/tags/0/key").asText()).isEqualTo("cloudtest:managed");
        assertThat(reporter.text())
                .contains("The CodeBuild project 'IntegrationProject' was not created: offline mode sends nothing to"
                        + " AWS")
                .contains("aws codebuild create-project --cli-input-json file://");
        assertThat(result.createProjectFile()).endsWith("IntegrationProject.create-project.json");

        ObjectNode input = updated("demo-v2.updated.json");
        assertThat(input.fieldNames()).toIterable().containsExactly("pipeline");
        ObjectNode pipeline = (ObjectNode) input.get("pipeline");
        ObjectNode withoutStage = pipeline.deepCopy();
        ((ArrayNode) withoutStage.get("stages")).remove(3);
        assertThat(PipelineJson.pretty(withoutStage))
                .isEqualTo(PipelineJson.pretty(Fixtures.declaration("v2-everything.json")));
        assertThat(pipeline.path("stages").get(3).path("name").asText()).isEqualTo("IntegrationTest");
        assertThat(PipelineJson.compact(pipeline.path("futurePipelineField")))
                .isEqualTo("{\"enabled\":true,\"threshold\":1.0E-7}");
        assertThat(pipeline.path("stages")
                        .get(1)
                        .path("actions")
                        .get(0)
                        .path("timeoutInMinutes")
                        .asInt())
                .isEqualTo(60);
        assertThat(pipeline.path("stages")
                        .get(0)
                        .path("actions")
                        .get(0)
                        .path("configuration")
                        .path("OAuthToken")
                        .asText())
                .isEqualTo("****");
        assertThat(result.outcome()).isEqualTo("written-to-file");
        assertThat(result.awsCallsTotal()).isZero();
        assertThat(Files.exists(dir.resolve("out/pipeline-plan.json"))).isTrue();
        assertThat(reporter.text()).contains("aws codepipeline update-pipeline --cli-input-json file://");
    }

    @Test
    void acceptsABareDeclarationAndChecksTheExpectedName() throws IOException {
        Path file = dir.resolve("bare.json");
        Files.writeString(file, PipelineJson.pretty(Fixtures.declaration("classic.json")));

        AddStage.offline(file, "demo-classic", classicSpec(), PROJECT, false, reporter, dir.resolve("out"));
        assertThat(updated("demo-classic.updated.json").path("pipeline").path("stages"))
                .hasSize(4);

        assertThatThrownBy(() ->
                        AddStage.offline(file, "other", classicSpec(), PROJECT, false, reporter, dir.resolve("out")))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("holds pipeline 'demo-classic', not 'other'");
    }

    @Test
    void removeStageOfflineGivesBackTheOriginal() throws IOException {
        Path file = saved("classic.json");
        AddStage.offline(file, null, classicSpec(), PROJECT, false, reporter, dir.resolve("out"));
        Path added = dir.resolve("out/demo-classic.updated.json");

        RemoveStage.offline(added, null, "IntegrationTest", "IntegrationProject", false, reporter, dir.resolve("out2"));

        ObjectNode back =
                PipelineJson.parseObject(Files.readAllBytes(dir.resolve("out2/demo-classic.updated.json")), "back");
        assertThat(PipelineJson.pretty(back.get("pipeline")))
                .isEqualTo(PipelineJson.pretty(Fixtures.declaration("classic.json")));
    }

    @Test
    void hostileInputIsRefusedClearly() throws IOException {
        Path duplicate = dir.resolve("dup.json");
        Files.writeString(duplicate, "{\"pipeline\": {\"name\": \"a\", \"name\": \"b\", \"stages\": []}}");
        assertThatThrownBy(() -> AddStage.offline(duplicate, null, classicSpec(), PROJECT, false, reporter, dir))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("is not valid JSON")
                .hasMessageContaining("Duplicate field 'name'");

        Path deep = dir.resolve("deep.json");
        Files.writeString(deep, "{\"pipeline\":" + "[".repeat(5000) + "]".repeat(5000) + "}");
        assertThatThrownBy(() -> AddStage.offline(deep, null, classicSpec(), PROJECT, false, reporter, dir))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("nesting depth");

        Path notPipeline = dir.resolve("other.json");
        Files.writeString(notPipeline, "{\"stacks\": []}");
        assertThatThrownBy(() -> AddStage.offline(notPipeline, null, classicSpec(), PROJECT, false, reporter, dir))
                .hasMessageContaining("has no \"pipeline\" object");

        assertThatThrownBy(() -> AddStage.offline(
                        dir.resolve("missing.json"), null, classicSpec(), PROJECT, false, reporter, dir))
                .hasMessageContaining("does not exist")
                .hasMessageContaining("aws codepipeline get-pipeline");

        Path badName = dir.resolve("bad-name.json");
        Files.writeString(badName, "{\"pipeline\": {\"name\": \"../../etc/x\", \"stages\": []}}");
        assertThatThrownBy(() -> AddStage.offline(badName, null, classicSpec(), PROJECT, false, reporter, dir))
                .hasMessageContaining("may contain only");
    }
}
