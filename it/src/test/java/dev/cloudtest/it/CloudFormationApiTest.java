package dev.cloudtest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.Export;
import software.amazon.awssdk.services.cloudformation.model.ListExportsResponse;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackResourceSummary;
import software.amazon.awssdk.services.cloudformation.model.StackStatus;
import software.amazon.awssdk.services.cloudformation.model.StackSummary;

class CloudFormationApiTest {
    @RegisterExtension
    static final LocalAwsTestSupport aws = new LocalAwsTestSupport();

    @Test
    void describeStacksAnswersOutputsInTheirOrder() {
        aws.control.putStack(
                "shop-prod",
                """
                {"creationTime": "2025-05-01T08:00:00Z",
                 "outputs": [
                   {"OutputKey": "ApiUrl", "OutputValue": "https://api.example.com/prod", "Description": "API"},
                   {"OutputKey": "TableName", "OutputValue": "orders-prod", "ExportName": "table-name-shop-prod"}],
                 "tags": [{"Key": "team", "Value": "shop"}]}
                """);

        Stack stack = aws.cloudFormation
                .describeStacks(b -> b.stackName("shop-prod"))
                .stacks()
                .get(0);

        assertThat(stack.stackName()).isEqualTo("shop-prod");
        assertThat(stack.stackId()).startsWith("arn:aws:cloudformation:us-east-1:123456789012:stack/shop-prod/");
        assertThat(stack.stackStatus()).isEqualTo(StackStatus.CREATE_COMPLETE);
        assertThat(stack.creationTime()).isEqualTo(Instant.parse("2025-05-01T08:00:00Z"));
        assertThat(stack.outputs())
                .extracting(Output::outputKey, Output::outputValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ApiUrl", "https://api.example.com/prod"),
                        org.assertj.core.groups.Tuple.tuple("TableName", "orders-prod"));
        assertThat(stack.outputs().get(1).exportName()).isEqualTo("table-name-shop-prod");
        assertThat(stack.tags().get(0).value()).isEqualTo("shop");
        assertThat(aws.cloudFormation
                        .describeStacks(b -> b.stackName(stack.stackId()))
                        .stacks()
                        .get(0)
                        .stackName())
                .isEqualTo("shop-prod");
    }

    @Test
    void aMissingStackIsAValidationError() {
        assertThatThrownBy(() -> aws.cloudFormation.describeStacks(b -> b.stackName("no-such-stack")))
                .isInstanceOf(CloudFormationException.class)
                .hasMessageContaining("Stack with id no-such-stack does not exist")
                .satisfies(e -> {
                    CloudFormationException error = (CloudFormationException) e;
                    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
                    assertThat(error.statusCode()).isEqualTo(400);
                });
    }

    @Test
    void theStatusMovesThroughTheSeededTransitions() {
        aws.control.putStack(
                "rolling",
                """
                {"status": "UPDATE_IN_PROGRESS",
                 "transitions": [
                   {"status": "UPDATE_ROLLBACK_IN_PROGRESS", "afterMillis": 1000,
                    "statusReason": "The following resource(s) failed to update: [Api]."},
                   {"status": "UPDATE_ROLLBACK_COMPLETE", "afterMillis": 2000}]}
                """);
        long seeded = aws.clock.get();

        assertThat(status("rolling").stackStatus()).isEqualTo(StackStatus.UPDATE_IN_PROGRESS);
        aws.clock.addAndGet(1500);
        Stack rollingBack = status("rolling");
        assertThat(rollingBack.stackStatus()).isEqualTo(StackStatus.UPDATE_ROLLBACK_IN_PROGRESS);
        assertThat(rollingBack.stackStatusReason()).isEqualTo("The following resource(s) failed to update: [Api].");
        assertThat(rollingBack.lastUpdatedTime()).isEqualTo(Instant.ofEpochMilli(seeded + 1000));
        aws.clock.addAndGet(1000);
        assertThat(status("rolling").stackStatus()).isEqualTo(StackStatus.UPDATE_ROLLBACK_COMPLETE);
    }

    @Test
    void deletedStacksAreGoneByNameButListed() {
        aws.control.putStack(
                "deleted-one",
                """
                {"transitions": [{"status": "DELETE_COMPLETE", "afterMillis": 10}]}
                """);
        aws.clock.addAndGet(20);

        assertThatThrownBy(() -> status("deleted-one"))
                .hasMessageContaining("Stack with id deleted-one does not exist");
        List<StackSummary> summaries = aws.cloudFormation
                .listStacks(b -> b.stackStatusFilters(StackStatus.DELETE_COMPLETE))
                .stackSummaries();
        assertThat(summaries).extracting(StackSummary::stackName).contains("deleted-one");
        assertThat(summaries).extracting(StackSummary::stackStatus).containsOnly(StackStatus.DELETE_COMPLETE);
    }

    @Test
    void exportsComePagedOneHundredAtATime() {
        String exports = IntStream.range(0, 150)
                .mapToObj(i -> "{\"Name\":\"paged-export-" + i + "\",\"Value\":\"v" + i + "\"}")
                .collect(Collectors.joining(","));
        aws.control.putStack("exporter", "{\"exports\":[" + exports + "]}");

        ListExportsResponse first = aws.cloudFormation.listExports(b -> {});
        List<Export> all = aws.cloudFormation.listExportsPaginator(b -> {}).exports().stream()
                .filter(e -> e.name().startsWith("paged-export-"))
                .toList();

        assertThat(first.exports()).hasSize(100);
        assertThat(first.nextToken()).isNotNull();
        assertThat(all).hasSize(150);
        assertThat(all.get(149).value()).isEqualTo("v149");
        assertThat(all.get(0).exportingStackId()).contains(":stack/exporter/");
    }

    @Test
    void resourcesArePagedAndLookedUpByLogicalId() {
        String resources = IntStream.range(0, 130)
                .mapToObj(i -> "{\"LogicalResourceId\":\"Queue" + i + "\",\"PhysicalResourceId\":\"queue-" + i
                        + "\",\"ResourceType\":\"AWS::SQS::Queue\"}")
                .collect(Collectors.joining(","));
        aws.control.putStack("big-stack", "{\"resources\":[" + resources + "]}");

        List<StackResourceSummary> summaries = aws
                .cloudFormation
                .listStackResourcesPaginator(b -> b.stackName("big-stack"))
                .stackResourceSummaries()
                .stream()
                .toList();
        assertThat(summaries).hasSize(130);
        assertThat(summaries.get(129).physicalResourceId()).isEqualTo("queue-129");
        assertThat(aws.cloudFormation
                        .describeStackResource(b -> b.stackName("big-stack").logicalResourceId("Queue7"))
                        .stackResourceDetail()
                        .physicalResourceId())
                .isEqualTo("queue-7");
        assertThat(aws.cloudFormation
                        .describeStackResources(b -> b.stackName("big-stack"))
                        .stackResources())
                .hasSize(100);
        assertThatThrownBy(() -> aws.cloudFormation.describeStackResource(
                        b -> b.stackName("big-stack").logicalResourceId("Nope")))
                .isInstanceOf(CloudFormationException.class)
                .hasMessageContaining("Resource Nope does not exist for stack big-stack");
    }

    @Test
    void throttlingIsRetriedByTheSdk() {
        aws.control.putStack("throttled-stack", "{}");
        aws.control.fault("throttled-stack", "DescribeStacks", "throttle", 2);

        assertThat(status("throttled-stack").stackName()).isEqualTo("throttled-stack");
        assertThat(aws.control.count("throttled-stack", "DescribeStacks")).isEqualTo(3);
    }

    private static Stack status(String name) {
        return aws.cloudFormation
                .describeStacks(b -> b.stackName(name))
                .stacks()
                .get(0);
    }
}
