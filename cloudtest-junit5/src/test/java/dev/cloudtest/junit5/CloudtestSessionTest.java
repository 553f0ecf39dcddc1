package dev.cloudtest.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.aws.AwsClients;
import dev.cloudtest.core.FakeTime;
import dev.cloudtest.core.TimeSource;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.stack.FakeStackGateway;
import dev.cloudtest.stack.StackDescription;
import dev.cloudtest.stack.StackExport;
import dev.cloudtest.stack.StackGateway;
import dev.cloudtest.stack.StackOutput;
import dev.cloudtest.stack.StackResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;

class CloudtestSessionTest {
    private final FakeStackGateway cfn = new FakeStackGateway()
            .stack(
                    "orders-test",
                    List.of(
                            new StackOutput("ApiUrl", "https://api.example/test", null),
                            new StackOutput("TableName", "orders", null)),
                    "UPDATE_COMPLETE")
            .stack("orders-test-Data", "CREATE_COMPLETE")
            .resources(
                    "orders-test",
                    new StackResource("Orders", "orders-table-1A", "AWS::DynamoDB::Table", "CREATE_COMPLETE"),
                    new StackResource(
                            "Data",
                            FakeStackGateway.arn("orders-test-Data"),
                            StackResource.NESTED_STACK_TYPE,
                            "CREATE_COMPLETE"))
            .resources(
                    "orders-test-Data",
                    new StackResource("UploadBucket", "uploads-9q", "AWS::S3::Bucket", "CREATE_COMPLETE"))
            .export("shared-vpc-id", "vpc-123");
    private final List<String> calls = new ArrayList<>();
    private final Map<String, String> config = new HashMap<>(Map.of("cloudtest.region", "us-east-1"));
    private final Map<String, String> variables = new HashMap<>();
    private final Map<String, String> properties = new HashMap<>();
    private CloudtestSession session;

    private CloudtestSession session() {
        session = new CloudtestSession(
                new CloudtestSession.Environment() {
                    @Override
                    public Optional<String> config(String key) {
                        return Optional.ofNullable(config.get(key));
                    }

                    @Override
                    public Optional<String> variable(String name) {
                        return Optional.ofNullable(variables.get(name));
                    }

                    @Override
                    public StackGateway gateway(AwsClients aws) {
                        return counting(cfn);
                    }

                    @Override
                    public TimeSource time() {
                        return new FakeTime();
                    }
                },
                new PropertyStackValues(properties));
        return session;
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void valuesHandedOverAsSystemPropertiesComeFirstAndNeedNoAws() {
        properties.put("cloudtest.output.ApiUrl", "https://api.example/from-maven");
        properties.put("cloudtest.resource.Orders", "orders-from-maven");
        config.put("cloudtest.stackName", "orders-test");

        CloudtestSession s = session();

        assertThat(s.stackValue(StackValueKind.OUTPUT, "ApiUrl", "test")).isEqualTo("https://api.example/from-maven");
        assertThat(s.stackValue(StackValueKind.RESOURCE, "Orders", "test")).isEqualTo("orders-from-maven");
        assertThat(calls).isEmpty();
    }

    @Test
    void withoutPropertiesTheStackIsReadOnceFromCloudFormation() {
        variables.put("ENV_STACK_NAME", "orders-test");
        // A Maven placeholder that was never set is not a value.
        properties.put("cloudtest.output.TableName", "${cloudtest.output.TableName}");

        CloudtestSession s = session();

        assertThat(s.stackValue(StackValueKind.OUTPUT, "ApiUrl", "test")).isEqualTo("https://api.example/test");
        assertThat(s.stackValue(StackValueKind.OUTPUT, "TableName", "test")).isEqualTo("orders");
        assertThat(s.stackValue(StackValueKind.EXPORT, "shared-vpc-id", "test")).isEqualTo("vpc-123");
        assertThat(s.stackValue(StackValueKind.RESOURCE, "Orders", "test")).isEqualTo("orders-table-1A");
        assertThat(s.stackValue(StackValueKind.RESOURCE, "Data/UploadBucket", "test"))
                .isEqualTo("uploads-9q");
        assertThat(s.stackValue(StackValueKind.RESOURCE, "UploadBucket", "test"))
                .isEqualTo("uploads-9q");
        assertThat(calls)
                .containsExactly(
                        "DescribeStacks orders-test",
                        "ListExports",
                        "ListStackResources " + FakeStackGateway.arn("orders-test"),
                        "ListStackResources " + FakeStackGateway.arn("orders-test-Data"));
    }

    @Test
    void aMissingNameFailsWithTheNamesThatExist() {
        config.put("cloudtest.stackName", "orders-test");
        CloudtestSession s = session();

        assertThatThrownBy(
                        () -> s.stackValue(StackValueKind.OUTPUT, "ApiURL", "@StackOutput(\"ApiURL\") on field X.url"))
                .isInstanceOf(UserFixableException.class)
                .hasMessage("Stack orders-test has no output 'ApiURL' (@StackOutput(\"ApiURL\") on field X.url). Its"
                        + " outputs: ApiUrl, TableName.");
        assertThatThrownBy(() -> s.stackValue(StackValueKind.EXPORT, "vpc", "test"))
                .hasMessageStartingWith("No export named 'vpc' exists in region us-east-1")
                .hasMessageEndingWith("Exports there: shared-vpc-id.");
        assertThatThrownBy(() -> s.stackValue(StackValueKind.RESOURCE, "Bucket", "test"))
                .hasMessage("Stack orders-test has no resource 'Bucket' (test). Its logical IDs (nested stacks' ones by"
                        + " path): Data, Data/UploadBucket, Orders.");
    }

    @Test
    void withNeitherPropertiesNorAStackNameTheMessageSaysHowToNameTheStack() {
        properties.put("cloudtest.output.ApiUrl", "https://api.example");

        assertThatThrownBy(() -> session().stackValue(StackValueKind.OUTPUT, "QueueUrl", "test"))
                .hasMessage("No stack output 'QueueUrl' (test): the system property cloudtest.output.QueueUrl is not"
                        + " set (the outputs handed over are: ApiUrl), and no stack is named to read it from. Name the"
                        + " deployed stack with the system property cloudtest.stackName or the ENV_STACK_NAME"
                        + " environment variable, or check the name.")
                .message()
                .doesNotContain("-D");
    }

    @Test
    void aLeasedStackIsSeenWithItsFenceAndNeedsNoAws() {
        config.put("cloudtest.stackName", "orders-pool-03");
        config.put("cloudtest.stack.fence", "17");

        assertThat(session().stackUnderTest()).isEqualTo(new StackUnderTest("orders-pool-03", OptionalLong.of(17)));
        assertThat(calls).isEmpty();
    }

    @Test
    void aStackNamedByTheEnvironmentHasNoFence() {
        variables.put("ENV_STACK_NAME", "orders-test");

        assertThat(session().stackUnderTest()).isEqualTo(new StackUnderTest("orders-test", OptionalLong.empty()));
    }

    @Test
    void noStackUnderTestOrABadFenceSaysWhatToSet() {
        assertThatThrownBy(() -> session().stackUnderTest())
                .hasMessageContaining("No stack under test is named")
                .hasMessageContaining("cloudtest.stackName")
                .hasMessageContaining("ENV_STACK_NAME");
        session.close();

        config.put("cloudtest.stackName", "orders-pool-03");
        config.put("cloudtest.stack.fence", "seven");
        assertThatThrownBy(() -> session().stackUnderTest())
                .hasMessageContaining("cloudtest.stack.fence is 'seven', not a lease fence");
    }

    @Test
    void aStackThatDoesNotExistIsNamedWithItsLookAlikes() {
        config.put("cloudtest.stackName", "orders-tset");

        assertThatThrownBy(() -> session().stackValue(StackValueKind.OUTPUT, "ApiUrl", "test"))
                .hasMessageContaining("Stack 'orders-tset' does not exist in region us-east-1")
                .hasMessageContaining("Stacks with similar names: orders-test")
                .hasMessageContaining("Set the system property cloudtest.stackName (or the ENV_STACK_NAME"
                        + " environment variable) to the deployed stack, and check the region (the system property"
                        + " cloudtest.region).");
    }

    @Test
    void oneClientPerTypeForTheRunAndNoneAfterItEnds() {
        config.put("cloudtest.endpoint", "http://127.0.0.1:4566");
        CloudtestSession s = session();

        SqsClient sqs = s.client(SqsClient.class);
        assertThat(s.client(SqsClient.class)).isSameAs(sqs);
        assertThat(sqs.serviceClientConfiguration().endpointOverride())
                .hasValue(java.net.URI.create("http://127.0.0.1:4566"));

        s.close();
        s.close();
        assertThatThrownBy(() -> s.client(SqsClient.class)).hasMessageContaining("the test run has ended");
    }

    private StackGateway counting(StackGateway gateway) {
        return new StackGateway() {
            @Override
            public Optional<StackDescription> describe(String stackNameOrId) {
                calls.add("DescribeStacks " + stackNameOrId);
                return gateway.describe(stackNameOrId);
            }

            @Override
            public List<String> liveStackNames() {
                return gateway.liveStackNames();
            }

            @Override
            public List<StackExport> exports() {
                calls.add("ListExports");
                return gateway.exports();
            }

            @Override
            public List<StackResource> resources(String stackNameOrId) {
                calls.add("ListStackResources " + stackNameOrId);
                return gateway.resources(stackNameOrId);
            }
        };
    }
}
