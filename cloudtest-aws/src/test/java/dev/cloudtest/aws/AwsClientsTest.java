package dev.cloudtest.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.cloudformation.CloudFormationAsyncClient;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksRequest;
import software.amazon.awssdk.services.cloudformation.model.ListExportsRequest;

class AwsClientsTest {
    private final AwsSettings settings = AwsSettings.of("eu-west-1", null, "http://127.0.0.1:4566");

    @Test
    void buildsAClientOfAnyServiceWithTheSameSettings() {
        try (AwsClients aws = AwsClients.open(settings)) {
            CloudFormationClient byType = aws.client(CloudFormationClient.class);
            CloudFormationClient byBuilder = aws.client(CloudFormationClient.builder());

            assertThat(byType.serviceClientConfiguration().region().id()).isEqualTo("eu-west-1");
            assertThat(byType.serviceClientConfiguration().endpointOverride())
                    .hasValue(settings.endpoint().get());
            assertThat(byBuilder.serviceClientConfiguration().endpointOverride())
                    .hasValue(settings.endpoint().get());
            assertThat(byType).isNotSameAs(byBuilder);
        }
    }

    @Test
    void anAsyncClientIsRefusedWithTheReason() {
        try (AwsClients aws = AwsClients.open(settings)) {
            assertThatThrownBy(() -> aws.client(CloudFormationAsyncClient.class))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("CloudFormationAsyncClient is not a synchronous AWS SDK v2 client interface");
        }
    }

    @Test
    void onlyClientsWithAnEndpointOverrideGetTheEmulatorAdaptationAndOnlyThePipelineClientTheRawBodies() {
        assumeNoEndpointVariable();
        try (AwsClients emulator = AwsClients.open(settings);
                AwsClients aws = AwsClients.open(AwsSettings.of("eu-west-1", null, null))) {
            assertThat(interceptors(emulator.cloudFormation())).hasAtLeastOneElementOfType(EmulatorTimestamps.class);
            assertThat(interceptors(aws.cloudFormation()))
                    .as("real AWS answers are never buffered or rewritten")
                    .noneMatch(EmulatorTimestamps.class::isInstance);
            assertThat(interceptors(aws.codePipeline())).hasAtLeastOneElementOfType(RawJsonBodies.class);
            assertThat(interceptors(aws.codeBuild())).noneMatch(RawJsonBodies.class::isInstance);
            assertThat(interceptors(aws.client(CloudFormationClient.class))).noneMatch(RawJsonBodies.class::isInstance);
        }
    }

    @Test
    void onlyAnswersThatCanHoldATimestampAreBuffered() {
        assertThat(EmulatorTimestamps.hasTimestamp(
                        EmulatorTimestamps.responseShape(
                                DescribeStacksRequest.builder().build()),
                        0))
                .as("DescribeStacks: Stacks[].CreationTime")
                .isTrue();
        assertThat(EmulatorTimestamps.hasTimestamp(
                        EmulatorTimestamps.responseShape(
                                ListExportsRequest.builder().build()),
                        0))
                .as("ListExports has no timestamp: its answer streams through unread")
                .isFalse();
    }

    private static java.util.List<ExecutionInterceptor> interceptors(SdkClient client) {
        return client.serviceClientConfiguration().overrideConfiguration().executionInterceptors();
    }

    private static void assumeNoEndpointVariable() {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                System.getenv("AWS_ENDPOINT_URL") == null, "AWS_ENDPOINT_URL is set: every client is an emulator's");
    }
}
