package dev.cloudtest.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.run.ActionRun;
import dev.cloudtest.run.BuildRun;
import dev.cloudtest.run.FailedTestCase;
import dev.cloudtest.run.PipelineBusyException;
import dev.cloudtest.run.TestReport;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunGatewaysTest extends CannedAwsTest {
    RunGatewaysTest() throws IOException {}

    @Test
    void aConflictIsABusyPipelineAndAnUnknownPipelineIsUserFixable() {
        aws.json("StartPipelineExecution", 400, "{\"__type\":\"ConflictException\",\"message\":\"pipeline is busy\"}")
                .json("GetPipelineExecution", 400, "{\"__type\":\"PipelineNotFoundException\",\"message\":\"no\"}");
        CodePipelineRunGateway gateway = new CodePipelineRunGateway(clients);

        assertThatThrownBy(() -> gateway.start("shop"))
                .isInstanceOf(PipelineBusyException.class)
                .hasMessage("ConflictException: pipeline is busy");
        assertThatThrownBy(() -> gateway.execution("shop", "e1"))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("Pipeline 'shop' does not exist in region us-east-1");
    }

    @Test
    void readsEveryPageOfActionExecutionsWithTheBuildId() {
        aws.json(
                        "ListActionExecutions",
                        200,
                        "{\"actionExecutionDetails\":[{\"stageName\":\"Deploy\",\"actionName\":\"Deploy\","
                                + "\"status\":\"Succeeded\",\"startTime\":1767225600}],\"nextToken\":\"t2\"}")
                .json(
                        "ListActionExecutions",
                        200,
                        "{\"actionExecutionDetails\":[{\"stageName\":\"IntegrationTest\","
                                + "\"actionName\":\"Integration\",\"status\":\"Failed\",\"startTime\":1767225660,\"output\":"
                                + "{\"executionResult\":{\"externalExecutionId\":\"IntegrationProject:5a1b\","
                                + "\"externalExecutionUrl\":\"https://console/build\",\"errorDetails\":{\"code\":\"JobFailed\","
                                + "\"message\":\"Build terminated with state: FAILED\"}}}}]}");

        List<ActionRun> actions = new CodePipelineRunGateway(clients).actions("shop", "e1");

        assertThat(actions).extracting(ActionRun::stageName).containsExactly("Deploy", "IntegrationTest");
        assertThat(actions.get(1).externalId()).isEqualTo("IntegrationProject:5a1b");
        assertThat(actions.get(1).errorMessage()).isEqualTo("Build terminated with state: FAILED");
        assertThat(aws.calls().get(0).body()).contains("\"pipelineExecutionId\":\"e1\"");
        assertThat(aws.calls().get(1).body()).contains("\"nextToken\":\"t2\"");
    }

    @Test
    void findsABuildsReportsAndItsFailedAndErroredCasesOnEveryPage() {
        aws.json(
                        "BatchGetBuilds",
                        200,
                        "{\"builds\":[{\"id\":\"IntegrationProject:5a1b\",\"buildStatus\":\"FAILED\","
                                + "\"logs\":{\"deepLink\":\"https://logs/deep\"},\"reportArns\":[\"arn:report:1\"]}]}")
                .json(
                        "BatchGetReports",
                        200,
                        "{\"reports\":[{\"arn\":\"arn:report:1\",\"status\":\"FAILED\","
                                + "\"testSummary\":{\"total\":12,\"statusCounts\":{\"SUCCEEDED\":9,\"FAILED\":2,\"ERROR\":1},"
                                + "\"durationInNanoSeconds\":5}}]}")
                .json(
                        "DescribeTestCases",
                        200,
                        "{\"testCases\":[" + testCase("a", "FAILED") + "],\"nextToken\":\"n2\"}")
                .json("DescribeTestCases", 200, "{\"testCases\":[" + testCase("b", "FAILED") + "]}")
                .json("DescribeTestCases", 200, "{\"testCases\":[" + testCase("c", "ERROR") + "]}");
        CodeBuildTestReportsGateway gateway = new CodeBuildTestReportsGateway(clients);

        BuildRun build = gateway.build("IntegrationProject:5a1b").orElseThrow();
        assertThat(build.logLink()).isEqualTo("https://logs/deep");
        assertThat(gateway.reports(build.reportArns()))
                .containsExactly(
                        new TestReport("arn:report:1", "FAILED", 12, Map.of("SUCCEEDED", 9, "FAILED", 2, "ERROR", 1)));
        assertThat(gateway.failedTestCases("arn:report:1", 10))
                .extracting(FailedTestCase::name, FailedTestCase::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", "FAILED"),
                        org.assertj.core.groups.Tuple.tuple("b", "FAILED"),
                        org.assertj.core.groups.Tuple.tuple("c", "ERROR"));
        assertThat(aws.calls().stream()
                        .filter(c -> c.operation().equals("DescribeTestCases"))
                        .map(c -> c.body()))
                .anyMatch(b -> b.contains("\"status\":\"ERROR\""))
                .anyMatch(b -> b.contains("\"nextToken\":\"n2\""));
    }

    private static String testCase(String name, String status) {
        return "{\"reportArn\":\"arn:report:1\",\"testSuiteName\":\"RegistrationIT\",\"prefix\":\"com.example.RegistrationIT\","
                + "\"name\":\"" + name + "\",\"status\":\"" + status + "\",\"message\":\"expected x\"}";
    }
}
