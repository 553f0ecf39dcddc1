package dev.cloudtest.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.codebuild.model.Build;
import software.amazon.awssdk.services.codebuild.model.TestCase;
import software.amazon.awssdk.services.codepipeline.model.ActionExecutionDetail;
import software.amazon.awssdk.services.codepipeline.model.PipelineDeclaration;
import software.amazon.awssdk.services.codepipeline.model.PipelineExecution;
import software.amazon.awssdk.services.codepipeline.model.StageState;

class PipelineRunsTest {
    @RegisterExtension
    static final LocalAwsTestSupport aws = new LocalAwsTestSupport();

    @BeforeAll
    static void start() {
        aws.control.putRole("run-role");
        aws.control.putProject("RunProject", "{\"serviceRole\":\"run-role\"}");
    }

    @Test
    void aFailingIntegrationStageShowsItsBuildReportsAndFailedTests() {
        seedWithIntegrationStage("failing");
        aws.control.putRunPlan(
                "failing",
                """
                {"stages": {"IntegrationTest": {"status": "Failed", "durationMillis": 1000,
                  "errorMessage": "Build failed",
                  "build": {"reports": [{"name": "failsafe", "testCases": [
                    {"name": "placesAnOrder", "prefix": "com.acme.OrderIT", "status": "FAILED",
                     "message": "expected: 201 but was: 500", "testRawDataPath": "TEST-com.acme.OrderIT.xml"},
                    {"name": "listsOrders", "prefix": "com.acme.OrderIT"}]}]}}}}
                """);
        String id =
                aws.codePipeline.startPipelineExecution(b -> b.name("failing")).pipelineExecutionId();

        // Source 0-100 ms, Build 100-200, Deploy 200-300, IntegrationTest 300-1300.
        aws.clock.addAndGet(150);
        assertThat(execution("failing", id).statusAsString()).isEqualTo("InProgress");
        assertThat(stageStatuses("failing")).containsExactly("Succeeded", "InProgress", null, null);

        aws.clock.addAndGet(200);
        ActionExecutionDetail running = integrationAction("failing", id);
        assertThat(running.statusAsString()).isEqualTo("InProgress");
        String buildId = running.output().executionResult().externalExecutionId();
        assertThat(buildId).startsWith("RunProject:");
        assertThat(build(buildId).buildStatusAsString()).isEqualTo("IN_PROGRESS");

        aws.clock.addAndGet(1000);
        PipelineExecution done = execution("failing", id);
        assertThat(done.statusAsString()).isEqualTo("Failed");
        assertThat(done.statusSummary()).isEqualTo("Build failed");
        ActionExecutionDetail failed = integrationAction("failing", id);
        assertThat(failed.statusAsString()).isEqualTo("Failed");
        assertThat(failed.output().executionResult().errorDetails().message()).isEqualTo("Build failed");
        Build build = build(buildId);
        assertThat(build.buildStatusAsString()).isEqualTo("FAILED");
        assertThat(build.initiator()).isEqualTo("codepipeline/failing");
        List<TestCase> failures = aws.codeBuild
                .describeTestCases(b -> b.reportArn(build.reportArns().get(0)).filter(f -> f.status("FAILED")))
                .testCases();
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).name()).isEqualTo("placesAnOrder");
        assertThat(failures.get(0).prefix()).isEqualTo("com.acme.OrderIT");
        assertThat(failures.get(0).message()).isEqualTo("expected: 201 but was: 500");
        assertThat(failures.get(0).testRawDataPath()).isEqualTo("TEST-com.acme.OrderIT.xml");
    }

    @Test
    void withoutAPlanEveryStageSucceeds() {
        seedWithIntegrationStage("passing");
        String id =
                aws.codePipeline.startPipelineExecution(b -> b.name("passing")).pipelineExecutionId();

        aws.clock.addAndGet(400);

        assertThat(execution("passing", id).statusAsString()).isEqualTo("Succeeded");
        assertThat(stageStatuses("passing")).containsOnly("Succeeded");
        assertThat(aws.codePipeline
                        .listActionExecutions(b -> b.pipelineName("passing").filter(f -> f.pipelineExecutionId(id)))
                        .actionExecutionDetails())
                .extracting(ActionExecutionDetail::stageName)
                .containsExactly("IntegrationTest", "Deploy", "Build", "Source");
    }

    @Test
    void aFinalStatusOverridesSuccessAndLongStagesStayInProgress() {
        seedWithIntegrationStage("superseded");
        aws.control.putRunPlan("superseded", "{\"finalStatus\":\"Superseded\"}");
        String superseded = aws.codePipeline
                .startPipelineExecution(b -> b.name("superseded"))
                .pipelineExecutionId();
        aws.clock.addAndGet(400);
        assertThat(execution("superseded", superseded).statusAsString()).isEqualTo("Superseded");

        seedWithIntegrationStage("slow");
        aws.control.putRunPlan("slow", "{\"stages\":{\"Deploy\":{\"durationMillis\":3600000}}}");
        String slow =
                aws.codePipeline.startPipelineExecution(b -> b.name("slow")).pipelineExecutionId();
        aws.clock.addAndGet(60_000);
        assertThat(execution("slow", slow).statusAsString()).isEqualTo("InProgress");
    }

    @Test
    void theSameClientRequestTokenAnswersTheSameExecution() {
        seedWithIntegrationStage("idempotent");

        String first = aws.codePipeline
                .startPipelineExecution(b -> b.name("idempotent").clientRequestToken("token-1"))
                .pipelineExecutionId();
        String again = aws.codePipeline
                .startPipelineExecution(b -> b.name("idempotent").clientRequestToken("token-1"))
                .pipelineExecutionId();

        assertThat(again).isEqualTo(first);
        assertThat(aws.codePipeline
                        .listPipelineExecutions(b -> b.pipelineName("idempotent"))
                        .pipelineExecutionSummaries())
                .hasSize(1);
    }

    @Test
    void executionsStartedThroughControlAreVisibleToTheSdk() {
        seedWithIntegrationStage("started-elsewhere");

        String id = aws.control.startExecution("started-elsewhere");

        assertThat(execution("started-elsewhere", id).statusAsString()).isEqualTo("InProgress");
        assertThat(aws.control.operations("started-elsewhere")).doesNotContain("StartPipelineExecution");
    }

    @Test
    void updatingThePipelineCancelsTheRunInProgress() {
        seedWithIntegrationStage("updated-mid-run");
        String id = aws.codePipeline
                .startPipelineExecution(b -> b.name("updated-mid-run"))
                .pipelineExecutionId();
        aws.clock.addAndGet(350);
        String buildId = integrationAction("updated-mid-run", id)
                .output()
                .executionResult()
                .externalExecutionId();

        PipelineDeclaration current =
                aws.codePipeline.getPipeline(b -> b.name("updated-mid-run")).pipeline();
        aws.codePipeline.updatePipeline(b -> b.pipeline(current));
        aws.clock.addAndGet(5000);

        assertThat(execution("updated-mid-run", id).statusAsString()).isEqualTo("Cancelled");
        assertThat(integrationAction("updated-mid-run", id).statusAsString()).isEqualTo("Abandoned");
        assertThat(build(buildId).buildStatusAsString()).isEqualTo("STOPPED");
    }

    private static void seedWithIntegrationStage(String name) {
        aws.seedClassic(name);
        aws.control.putProject("BuildProject", "{\"serviceRole\":\"run-role\"}");
        PipelineDeclaration current =
                aws.codePipeline.getPipeline(b -> b.name(name)).pipeline();
        aws.codePipeline.updatePipeline(b ->
                b.pipeline(CodePipelineApiTest.withStage(current, CodePipelineApiTest.integrationStage("RunProject"))));
    }

    private static PipelineExecution execution(String pipeline, String id) {
        return aws.codePipeline
                .getPipelineExecution(b -> b.pipelineName(pipeline).pipelineExecutionId(id))
                .pipelineExecution();
    }

    private static List<String> stageStatuses(String pipeline) {
        return aws.codePipeline.getPipelineState(b -> b.name(pipeline)).stageStates().stream()
                .map(StageState::latestExecution)
                .map(e -> e == null ? null : e.statusAsString())
                .toList();
    }

    private static ActionExecutionDetail integrationAction(String pipeline, String id) {
        return aws
                .codePipeline
                .listActionExecutions(b -> b.pipelineName(pipeline).filter(f -> f.pipelineExecutionId(id)))
                .actionExecutionDetails()
                .stream()
                .filter(d -> d.stageName().equals("IntegrationTest"))
                .findFirst()
                .orElseThrow();
    }

    private static Build build(String id) {
        return aws.codeBuild.batchGetBuilds(b -> b.ids(id)).builds().get(0);
    }
}
