package dev.cloudtest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.codepipeline.model.ActionDeclaration;
import software.amazon.awssdk.services.codepipeline.model.CodePipelineException;
import software.amazon.awssdk.services.codepipeline.model.ConflictException;
import software.amazon.awssdk.services.codepipeline.model.GetPipelineResponse;
import software.amazon.awssdk.services.codepipeline.model.InputArtifact;
import software.amazon.awssdk.services.codepipeline.model.InvalidActionDeclarationException;
import software.amazon.awssdk.services.codepipeline.model.InvalidStructureException;
import software.amazon.awssdk.services.codepipeline.model.PipelineDeclaration;
import software.amazon.awssdk.services.codepipeline.model.PipelineNameInUseException;
import software.amazon.awssdk.services.codepipeline.model.PipelineNotFoundException;
import software.amazon.awssdk.services.codepipeline.model.PipelineSummary;
import software.amazon.awssdk.services.codepipeline.model.StageDeclaration;
import software.amazon.awssdk.services.codepipeline.model.Tag;
import software.amazon.awssdk.services.codepipeline.model.ValidationException;

class CodePipelineApiTest {
    @RegisterExtension
    static final LocalAwsTestSupport aws = new LocalAwsTestSupport();

    @BeforeAll
    static void start() {
        aws.control.putRole("integration-role");
        aws.control.putProject("IntegrationProject", "{\"serviceRole\":\"integration-role\"}");
        aws.control.putProject("BuildProject", "{\"serviceRole\":\"integration-role\"}");
    }

    @Test
    void getPipelineAnswersTheSeededDeclarationWithMetadata() {
        aws.seedClassic("get-me");

        GetPipelineResponse response = aws.codePipeline.getPipeline(b -> b.name("get-me"));

        assertThat(response.pipeline().name()).isEqualTo("get-me");
        assertThat(response.pipeline().version()).isEqualTo(1);
        assertThat(response.pipeline().stages())
                .extracting(StageDeclaration::name)
                .containsExactly("Source", "Build", "Deploy");
        assertThat(response.pipeline().artifactStore().location()).isEqualTo("codepipeline-us-east-1-123456789012");
        assertThat(response.metadata().pipelineArn()).isEqualTo("arn:aws:codepipeline:us-east-1:123456789012:get-me");
        assertThat(response.metadata().created()).isEqualTo(Instant.parse("2025-03-01T10:15:30.123Z"));
    }

    @Test
    void updatePipelineStoresTheNewStageAndCountsTheVersionUp() {
        aws.seedClassic("add-stage");
        PipelineDeclaration current =
                aws.codePipeline.getPipeline(b -> b.name("add-stage")).pipeline();

        PipelineDeclaration updated = aws.codePipeline
                .updatePipeline(b -> b.pipeline(withStage(current, integrationStage("IntegrationProject"))))
                .pipeline();

        assertThat(updated.version()).isEqualTo(2);
        GetPipelineResponse reread = aws.codePipeline.getPipeline(b -> b.name("add-stage"));
        assertThat(reread.pipeline().version()).isEqualTo(2);
        assertThat(reread.pipeline().stages())
                .extracting(StageDeclaration::name)
                .containsExactly("Source", "Build", "Deploy", "IntegrationTest");
        assertThat(aws.codePipeline
                        .getPipeline(b -> b.name("add-stage").version(1))
                        .pipeline()
                        .stages())
                .hasSize(3);
    }

    @Test
    void theClientsVersionIsIgnoredAndTheServerCountsItsOwn() {
        aws.seedClassic("versions");
        PipelineDeclaration current =
                aws.codePipeline.getPipeline(b -> b.name("versions")).pipeline();

        aws.codePipeline.updatePipeline(b -> b.pipeline(current));
        PipelineDeclaration third =
                aws.codePipeline.updatePipeline(b -> b.pipeline(current)).pipeline();

        assertThat(third.version()).isEqualTo(3);
    }

    @Test
    void updatePipelineKeepsFieldsTheSdkDoesNotKnow() throws Exception {
        aws.seedClassic("future");
        ObjectNode declaration = (ObjectNode)
                Json.MAPPER.readTree(aws.control.pipelineJson("future")).get("pipeline");
        declaration.putObject("futureSetting").put("mode", "FAST");
        ((ObjectNode) declaration.path("stages").get(1)).put("futureStageField", 7);
        String body = Json.write(Json.object().set("pipeline", declaration));

        HttpResponse<String> response = aws.rawJsonCall("CodePipeline_20150709.UpdatePipeline", body, true);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode stored =
                Json.MAPPER.readTree(aws.control.pipelineJson("future")).get("pipeline");
        assertThat(stored.path("futureSetting").path("mode").asText()).isEqualTo("FAST");
        assertThat(stored.path("stages").get(1).path("futureStageField").asInt())
                .isEqualTo(7);
        assertThat(stored.path("version").asInt()).isEqualTo(2);
    }

    @Test
    void aMissingPipelineIsPipelineNotFound() {
        assertThatThrownBy(() -> aws.codePipeline.getPipeline(b -> b.name("nope")))
                .isInstanceOf(PipelineNotFoundException.class)
                .hasMessageContaining("does not have a pipeline with name 'nope'")
                .extracting(e -> ((PipelineNotFoundException) e).statusCode())
                .isEqualTo(400);
        assertThatThrownBy(() -> aws.codePipeline.startPipelineExecution(b -> b.name("nope")))
                .isInstanceOf(PipelineNotFoundException.class);
    }

    @Test
    void badNamesAreValidationExceptionsNamingTheMember() {
        aws.seedClassic("bad-names");

        assertThatThrownBy(
                        () -> update("bad-names", p -> withStage(p, stage("Integration Test", "IntegrationProject"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Value 'Integration Test' at 'pipeline.stages.4.member.name' failed to satisfy"
                        + " constraint: Member must satisfy regular expression pattern: [A-Za-z0-9.@\\-_]+");
    }

    @Test
    void aConfigurationValueOver1000CharactersIsRejected() {
        aws.seedClassic("long-env");
        String longVariables = "[{\"name\":\"X\",\"value\":\"" + "v".repeat(990) + "\"}]";

        assertThatThrownBy(() -> update(
                        "long-env",
                        p -> withStage(
                                p,
                                stage("IntegrationTest", "IntegrationProject").toBuilder()
                                        .actions(action("IntegrationProject", "SourceArtifact").toBuilder()
                                                .configuration(java.util.Map.of(
                                                        "ProjectName",
                                                        "IntegrationProject",
                                                        "EnvironmentVariables",
                                                        longVariables))
                                                .build())
                                        .build())))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("pipeline.stages.4.member.actions.1.member.configuration")
                .hasMessageContaining("less than or equal to 1000");
    }

    @Test
    void structuralRulesAreEnforced() {
        aws.seedClassic("rules");

        assertThatThrownBy(() -> update("rules", p -> withStage(p, stage("Deploy", "IntegrationProject"))))
                .isInstanceOf(InvalidStructureException.class)
                .hasMessageContaining("'Deploy' is used more than once");
        assertThatThrownBy(() -> update(
                        "rules",
                        p -> withStage(
                                p,
                                stage("IntegrationTest", "IntegrationProject").toBuilder()
                                        .actions(action("IntegrationProject", "NoSuchArtifact"))
                                        .build())))
                .isInstanceOf(InvalidStructureException.class)
                .hasMessageContaining("'NoSuchArtifact'")
                .hasMessageContaining("not declared as an output artifact");
        assertThatThrownBy(() -> update(
                        "rules",
                        p -> withStage(
                                p,
                                stage("IntegrationTest", "IntegrationProject").toBuilder()
                                        .actions(action("IntegrationProject", "SourceArtifact").toBuilder()
                                                .outputArtifacts(b -> b.name("BuildArtifact"))
                                                .build())
                                        .build())))
                .isInstanceOf(InvalidStructureException.class)
                .hasMessageContaining("'BuildArtifact' is output by both 'Build' and 'Integration'");
        assertThatThrownBy(() -> update(
                        "rules", p -> p.toBuilder().stages(p.stages().get(0)).build()))
                .isInstanceOf(InvalidStructureException.class)
                .hasMessageContaining(
                        "Pipeline has only 1 stage(s). There should be a minimum of 2 stages in a pipeline");
        assertThatThrownBy(() -> update("rules", p -> p.toBuilder()
                        .artifactStores(java.util.Map.of("us-east-1", p.artifactStore()))
                        .build()))
                .isInstanceOf(InvalidStructureException.class)
                .hasMessageContaining("exactly one of 'artifactStore' or 'artifactStores'");
        assertThatThrownBy(() -> update("rules", p -> p.toBuilder()
                        .stages(p.stages().get(1), p.stages().get(0), p.stages().get(2))
                        .build()))
                .isInstanceOf(InvalidStructureException.class)
                .hasMessageContaining("first stage");
    }

    @Test
    void codeBuildActionsNeedAnExistingProjectAndAnInputArtifact() {
        aws.seedClassic("codebuild-rules");

        assertThatThrownBy(() -> update("codebuild-rules", p -> withStage(p, integrationStage("MissingProject"))))
                .isInstanceOf(InvalidActionDeclarationException.class)
                .hasMessageContaining("the CodeBuild project 'MissingProject' does not exist");
        assertThatThrownBy(() -> update(
                        "codebuild-rules",
                        p -> withStage(
                                p,
                                stage("IntegrationTest", "x").toBuilder()
                                        .actions(action("IntegrationProject", "SourceArtifact").toBuilder()
                                                .inputArtifacts(List.of())
                                                .build())
                                        .build())))
                .isInstanceOf(InvalidActionDeclarationException.class)
                .hasMessageContaining("declares 0 input artifacts which is less than the minimum count (1)");
    }

    @Test
    void createPipelineRefusesATakenName() {
        aws.seedClassic("taken");
        PipelineDeclaration declaration =
                aws.codePipeline.getPipeline(b -> b.name("taken")).pipeline();

        assertThatThrownBy(() -> aws.codePipeline.createPipeline(b -> b.pipeline(declaration)))
                .isInstanceOf(PipelineNameInUseException.class);
        PipelineDeclaration fresh = declaration.toBuilder().name("fresh").build();
        assertThat(aws.codePipeline
                        .createPipeline(b -> b.pipeline(fresh)
                                .tags(Tag.builder().key("team").value("shop").build()))
                        .pipeline()
                        .version())
                .isEqualTo(1);
        String arn =
                aws.codePipeline.getPipeline(b -> b.name("fresh")).metadata().pipelineArn();
        assertThat(aws.codePipeline.listTagsForResource(b -> b.resourceArn(arn)).tags())
                .containsExactly(Tag.builder().key("team").value("shop").build());
    }

    @Test
    void listPipelinesPages() {
        for (int i = 0; i < 5; i++) {
            aws.seedClassic("page-" + i);
        }

        List<String> names = new ArrayList<>();
        int pages = 0;
        for (var page : aws.codePipeline.listPipelinesPaginator(b -> b.maxResults(2))) {
            pages++;
            page.pipelines().stream()
                    .map(PipelineSummary::name)
                    .filter(n -> n.startsWith("page-"))
                    .forEach(names::add);
        }

        assertThat(names).containsExactly("page-0", "page-1", "page-2", "page-3", "page-4");
        assertThat(pages).isGreaterThanOrEqualTo(3);
    }

    @Test
    void throttlingIsRetriedByTheSdk() throws Exception {
        aws.seedClassic("throttled");
        aws.control.fault("throttled", "GetPipeline", "throttle", 2);

        assertThat(aws.codePipeline
                        .getPipeline(b -> b.name("throttled"))
                        .pipeline()
                        .name())
                .isEqualTo("throttled");

        JsonNode calls = Json.MAPPER.readTree(aws.control.calls("throttled"));
        assertThat(calls).extracting(c -> c.path("status").asInt()).containsExactly(400, 400, 200);
    }

    @Test
    void throttlingBeyondTheRetriesSurfacesAsThrottlingException() {
        aws.seedClassic("throttled-hard");
        aws.control.fault("throttled-hard", "GetPipeline", "throttle", 10);

        assertThatThrownBy(() -> aws.codePipeline.getPipeline(b -> b.name("throttled-hard")))
                .isInstanceOf(CodePipelineException.class)
                .extracting(e -> ((CodePipelineException) e).awsErrorDetails().errorCode())
                .isEqualTo("ThrottlingException");
        assertThat(aws.control.count("throttled-hard", "GetPipeline")).isEqualTo(4);
    }

    @Test
    void serverErrorsAreRetriedByTheSdk() {
        aws.seedClassic("flaky");
        aws.control.fault("flaky", "GetPipeline", "http500", 1);

        assertThat(aws.codePipeline.getPipeline(b -> b.name("flaky")).pipeline().name())
                .isEqualTo("flaky");
        assertThat(aws.control.count("flaky", "GetPipeline")).isEqualTo(2);
    }

    @Test
    void aConcurrentWriterEditsThePipelineRightAfterTheRead() throws Exception {
        aws.seedClassic("contended");
        aws.control.fault("{\"resource\":\"contended\",\"operation\":\"GetPipeline\",\"kind\":\"concurrent-writer\","
                + "\"after\":1,\"count\":1}");

        PipelineDeclaration first =
                aws.codePipeline.getPipeline(b -> b.name("contended")).pipeline();
        PipelineDeclaration read =
                aws.codePipeline.getPipeline(b -> b.name("contended")).pipeline();
        PipelineDeclaration written = aws.codePipeline
                .updatePipeline(b -> b.pipeline(withStage(read, integrationStage("IntegrationProject"))))
                .pipeline();

        assertThat(first.version()).isEqualTo(1);
        assertThat(read.version()).isEqualTo(1);
        assertThat(written.version()).isEqualTo(3);
        JsonNode foreign =
                Json.MAPPER.readTree(aws.control.pipelineJson("contended", 2)).get("pipeline");
        assertThat(foreign.path("stages")
                        .get(0)
                        .path("actions")
                        .get(0)
                        .path("namespace")
                        .asText())
                .isEqualTo("ForeignEdit2");
    }

    @Test
    void conflictFaultsAnswerConflictException() {
        aws.seedClassic("busy-pipeline");
        aws.control.fault("busy-pipeline", "StartPipelineExecution", "conflict", 1);

        assertThatThrownBy(() -> aws.codePipeline.startPipelineExecution(b -> b.name("busy-pipeline")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("busy handling ongoing activities");
        assertThat(aws.codePipeline
                        .startPipelineExecution(b -> b.name("busy-pipeline"))
                        .pipelineExecutionId())
                .isNotBlank();
    }

    @Test
    void slowFaultsDelayTheAnswer() {
        aws.seedClassic("slow-pipeline");
        aws.control.fault("{\"resource\":\"slow-pipeline\",\"operation\":\"GetPipeline\",\"kind\":\"slow\","
                + "\"delayMillis\":600}");

        long start = System.nanoTime();
        aws.codePipeline.getPipeline(b -> b.name("slow-pipeline"));

        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(600);
    }

    @Test
    void seededTagsMayBeAwsReservedOnes() throws Exception {
        ObjectNode json = LocalAwsTestSupport.classicPipeline("stack-managed");
        json.putArray("tags")
                .addObject()
                .put("key", "aws:cloudformation:stack-name")
                .put("value", "pipeline-stack");
        aws.control.putPipeline("stack-managed", Json.write(json));

        String arn = aws.codePipeline
                .getPipeline(b -> b.name("stack-managed"))
                .metadata()
                .pipelineArn();

        assertThat(aws.codePipeline.listTagsForResource(b -> b.resourceArn(arn)).tags())
                .containsExactly(Tag.builder()
                        .key("aws:cloudformation:stack-name")
                        .value("pipeline-stack")
                        .build());
    }

    @Test
    void callsWithoutASignatureAreRefused() {
        HttpResponse<String> response = aws.rawJsonCall("CodePipeline_20150709.ListPipelines", "{}", false);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("MissingAuthenticationTokenException");
    }

    @Test
    void oversizedRequestsAreRefused() {
        String body = "{\"name\":\"" + "x".repeat(Http.MAX_BODY_BYTES) + "\"}";

        HttpResponse<String> response = aws.rawJsonCall("CodePipeline_20150709.GetPipeline", body, true);

        assertThat(response.statusCode()).isEqualTo(413);
    }

    private static PipelineDeclaration update(String name, UnaryOperator<PipelineDeclaration> change) {
        PipelineDeclaration current =
                aws.codePipeline.getPipeline(b -> b.name(name)).pipeline();
        return aws.codePipeline
                .updatePipeline(b -> b.pipeline(change.apply(current)))
                .pipeline();
    }

    static PipelineDeclaration withStage(PipelineDeclaration pipeline, StageDeclaration stage) {
        List<StageDeclaration> stages = new ArrayList<>(pipeline.stages());
        stages.add(stage);
        return pipeline.toBuilder().stages(stages).build();
    }

    static StageDeclaration integrationStage(String project) {
        return stage("IntegrationTest", project);
    }

    static StageDeclaration stage(String name, String project) {
        return StageDeclaration.builder()
                .name(name)
                .actions(action(project, "SourceArtifact"))
                .build();
    }

    static ActionDeclaration action(String project, String input) {
        return ActionDeclaration.builder()
                .name("Integration")
                .actionTypeId(b ->
                        b.category("Test").owner("AWS").provider("CodeBuild").version("1"))
                .runOrder(1)
                .configuration(java.util.Map.of("ProjectName", project))
                .inputArtifacts(InputArtifact.builder().name(input).build())
                .build();
    }
}
