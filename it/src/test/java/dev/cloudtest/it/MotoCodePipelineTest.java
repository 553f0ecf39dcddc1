package dev.cloudtest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.codepipeline.model.ActionDeclaration;
import software.amazon.awssdk.services.codepipeline.model.CodePipelineException;
import software.amazon.awssdk.services.codepipeline.model.InvalidStructureException;
import software.amazon.awssdk.services.codepipeline.model.PipelineDeclaration;
import software.amazon.awssdk.services.codepipeline.model.ResourceNotFoundException;
import software.amazon.awssdk.services.codepipeline.model.StageDeclaration;

/** The moto dialect of CodePipeline (docs/aws-apis.md §7.2) through the real SDK 2.40.2 client. */
class MotoCodePipelineTest {
    private static final String ISO_MILLIS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    @RegisterExtension
    static final LocalAwsTestSupport aws = new LocalAwsTestSupport();

    @BeforeAll
    static void start() {
        aws.control.putRole("AWS-CodePipeline-Service");
        // ListPipelines names no resource: the test clients' access key selects moto for it.
        aws.control.accessKeyDialect("AKIDEXAMPLE", "moto");
    }

    @Test
    void getPipelineMetadataTimesAreIsoStringsThatTheSdkCannotUnmarshal() throws IOException {
        seedMoto("moto-get");

        JsonNode raw = rawCall("GetPipeline", "{\"name\":\"moto-get\"}");
        assertThat(raw.path("metadata").path("created").isTextual()).isTrue();
        assertThat(raw.path("metadata").path("created").asText()).isEqualTo("2025-03-01T10:15:30.123Z");
        assertThat(raw.path("metadata").path("updated").asText()).matches(ISO_MILLIS);

        // SDK 2.40.2 reads awsJson timestamps as epoch numbers only: the whole answer is lost, not retried.
        assertThatThrownBy(() -> aws.codePipeline.getPipeline(b -> b.name("moto-get")))
                .isInstanceOf(SdkClientException.class)
                .hasMessageContaining("Unable to unmarshall response")
                .hasMessageContaining("Input timestamp string must be no longer than 20 characters");
        assertThat(aws.control.count("moto-get", "GetPipeline")).isEqualTo(2);
    }

    @Test
    void getPipelineIgnoresTheRequestedVersion() throws IOException {
        ObjectNode seeded = LocalAwsTestSupport.classicPipeline("moto-versions");
        ((ObjectNode) seeded.get("pipeline")).put("version", 3);
        aws.control.putPipeline("moto-versions", Json.write(seeded));
        aws.control.dialect("moto-versions", "moto");

        JsonNode raw = rawCall("GetPipeline", "{\"name\":\"moto-versions\",\"version\":1}");

        assertThat(raw.path("pipeline").path("version").asInt()).isEqualTo(3);
    }

    @Test
    void updatePipelineOfAnUnknownPipelineIsResourceNotFound() {
        aws.control.dialect("moto-nobody", "moto");

        assertThatThrownBy(() -> aws.codePipeline.updatePipeline(b -> b.pipeline(twoStages("moto-nobody"))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining(
                        "The account with id '123456789012' does not include a pipeline with the name 'moto-nobody'");
    }

    @Test
    void updatePipelineValidatesNothingAndFillsActionDefaults() {
        seedMoto("moto-update");
        // One stage, an input artifact nobody outputs, a CodeBuild action without a project: AWS refuses all three.
        PipelineDeclaration broken = PipelineDeclaration.builder()
                .name("moto-update")
                .roleArn("arn:aws:iam::123456789012:role/AWS-CodePipeline-Service")
                .artifactStore(s -> s.type("S3").location("bucket"))
                .version(1)
                .stages(StageDeclaration.builder()
                        .name("Only")
                        .actions(ActionDeclaration.builder()
                                .name("IT")
                                .actionTypeId(t -> t.category("Test")
                                        .owner("AWS")
                                        .provider("CodeBuild")
                                        .version("1"))
                                .inputArtifacts(a -> a.name("Nowhere"))
                                .build())
                        .build())
                .build();

        PipelineDeclaration stored =
                aws.codePipeline.updatePipeline(b -> b.pipeline(broken)).pipeline();

        assertThat(stored.version()).isEqualTo(2);
        ActionDeclaration action = stored.stages().get(0).actions().get(0);
        assertThat(action.runOrder()).isEqualTo(1);
        assertThat(action.configuration()).isEmpty();
        assertThat(action.outputArtifacts()).isEmpty();
    }

    @Test
    void createPipelineWithATakenNameIsInvalidStructure() {
        seedMoto("moto-taken");

        assertThatThrownBy(() -> aws.codePipeline.createPipeline(b -> b.pipeline(twoStages("moto-taken"))))
                .isInstanceOf(InvalidStructureException.class)
                .hasMessageContaining("A pipeline with the name 'moto-taken' already exists in account '123456789012'");
    }

    @Test
    void createPipelineNeedsAnAssumableRoleAndTwoStagesButNothingElse() {
        aws.control.dialect("moto-created", "moto");

        assertThatThrownBy(() -> aws.codePipeline.createPipeline(b -> b.pipeline(twoStages("moto-created").toBuilder()
                        .roleArn("arn:aws:iam::123456789012:role/ghost")
                        .build())))
                .isInstanceOf(InvalidStructureException.class)
                .hasMessageContaining(
                        "CodePipeline is not authorized to perform AssumeRole on role arn:aws:iam::123456789012:role/ghost");
        assertThatThrownBy(() -> aws.codePipeline.createPipeline(b -> b.pipeline(twoStages("moto-created").toBuilder()
                        .stages(twoStages("x").stages().get(0))
                        .build())))
                .isInstanceOf(InvalidStructureException.class)
                .hasMessageContaining(
                        "Pipeline has only 1 stage(s). There should be a minimum of 2 stages in a pipeline");

        // Two stages with the same name: AWS says InvalidStructureException, moto stores it.
        PipelineDeclaration created = aws.codePipeline
                .createPipeline(b -> b.pipeline(twoStages("moto-created").toBuilder()
                        .stages(
                                twoStages("x").stages().get(0),
                                twoStages("x").stages().get(0))
                        .build()))
                .pipeline();
        assertThat(created.version()).isEqualTo(1);
    }

    @Test
    void listPipelinesHasNoPagesAndIsoTimesThatTheSdkCannotUnmarshal() throws IOException {
        for (String name : List.of("moto-list-a", "moto-list-b", "moto-list-c")) {
            seedMoto(name);
        }

        JsonNode raw = rawCall("ListPipelines", "{\"maxResults\":1}");

        assertThat(raw.has("nextToken")).isFalse();
        assertThat(raw.path("pipelines").findValuesAsText("name"))
                .contains("moto-list-a", "moto-list-b", "moto-list-c");
        JsonNode first = raw.path("pipelines").get(0);
        assertThat(first.has("pipelineType")).isFalse();
        assertThat(first.path("created").asText()).matches(ISO_MILLIS);
        assertThatThrownBy(() -> aws.codePipeline.listPipelines(b -> b.maxResults(1)))
                .isInstanceOf(SdkClientException.class)
                .hasMessageContaining("Unable to unmarshall response");
    }

    @Test
    void pipelineExecutionOperationsAnswerMotosBare500() {
        seedMoto("moto-runs");

        expect500(
                "moto-runs",
                "StartPipelineExecution",
                () -> aws.codePipeline.startPipelineExecution(b -> b.name("moto-runs")));
        expect500(
                "moto-runs",
                "GetPipelineExecution",
                () -> aws.codePipeline.getPipelineExecution(
                        b -> b.pipelineName("moto-runs").pipelineExecutionId("e")));
        expect500(
                "moto-runs",
                "ListActionExecutions",
                () -> aws.codePipeline.listActionExecutions(b -> b.pipelineName("moto-runs")));
        expect500("moto-runs", "GetPipelineState", () -> aws.codePipeline.getPipelineState(b -> b.name("moto-runs")));
        expect500(
                "moto-runs",
                "ListPipelineExecutions",
                () -> aws.codePipeline.listPipelineExecutions(b -> b.pipelineName("moto-runs")));
    }

    @Test
    void rawNotImplementedAnswerIsAnHtmlPage() {
        seedMoto("moto-page");

        HttpResponse<String> response =
                aws.rawJsonCall("CodePipeline_20150709.StartPipelineExecution", "{\"name\":\"moto-page\"}", true);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).isEmpty();
        assertThat(response.body()).contains("<title>500 Internal Server Error</title>");
    }

    @Test
    void aResourceDialectWinsOverTheAccessKeyDialect() {
        aws.seedClassic("aws-neighbour", "aws");

        assertThat(aws.created("aws-neighbour")).isNotNull();
    }

    /** The SDK retries the 500 (4 attempts here) and raises a service exception with no error code or message. */
    static void expect500(String resource, String operation, ThrowingCallable call) {
        int before = aws.control.count(resource, operation);
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(CodePipelineException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(500);
                    assertThat(e.awsErrorDetails().errorCode()).isNull();
                    assertThat(e.awsErrorDetails().errorMessage()).isNull();
                    assertThat(e.numAttempts()).isEqualTo(4);
                })
                .hasMessageContaining("Service returned HTTP status code 500");
        assertThat(aws.control.count(resource, operation) - before).isEqualTo(4);
    }

    private static void seedMoto(String name) {
        aws.control.dialect(name, "moto");
        aws.seedClassic(name);
    }

    private static JsonNode rawCall(String operation, String body) throws IOException {
        HttpResponse<String> response = aws.rawJsonCall("CodePipeline_20150709." + operation, body, true);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.MAPPER.readTree(response.body());
    }

    private static PipelineDeclaration twoStages(String name) {
        StageDeclaration source = s3Stage("Source", java.util.Map.of("S3Bucket", "b", "S3ObjectKey", "k"))
                .outputArtifacts(a -> a.name("Src"))
                .build();
        StageDeclaration deploy = s3Stage("Deploy", java.util.Map.of("BucketName", "b", "Extract", "true"))
                .inputArtifacts(a -> a.name("Src"))
                .build();
        return PipelineDeclaration.builder()
                .name(name)
                .roleArn("arn:aws:iam::123456789012:role/AWS-CodePipeline-Service")
                .artifactStore(s -> s.type("S3").location("bucket"))
                .stages(source, deploy)
                .build();
    }

    /** A stage {@code name} holding one S3 action of the same name and category; the caller adds artifacts. */
    private static StageBuilder s3Stage(String name, java.util.Map<String, String> configuration) {
        return new StageBuilder(
                name,
                ActionDeclaration.builder()
                        .name(name)
                        .actionTypeId(t ->
                                t.category(name).owner("AWS").provider("S3").version("1"))
                        .configuration(configuration));
    }

    private record StageBuilder(String name, ActionDeclaration.Builder action) {
        StageBuilder outputArtifacts(
                java.util.function.Consumer<software.amazon.awssdk.services.codepipeline.model.OutputArtifact.Builder>
                        artifact) {
            action.outputArtifacts(artifact);
            return this;
        }

        StageBuilder inputArtifacts(
                java.util.function.Consumer<software.amazon.awssdk.services.codepipeline.model.InputArtifact.Builder>
                        artifact) {
            action.inputArtifacts(artifact);
            return this;
        }

        StageDeclaration build() {
            return StageDeclaration.builder().name(name).actions(action.build()).build();
        }
    }
}
