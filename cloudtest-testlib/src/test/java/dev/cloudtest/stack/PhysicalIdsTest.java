package dev.cloudtest.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.core.FakeTime;
import dev.cloudtest.core.RecordingReporter;
import dev.cloudtest.core.UserFixableException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhysicalIdsTest {
    private final FakeStackGateway cfn = new FakeStackGateway();
    private final StackValuesReader reader =
            new StackValuesReader(cfn, new FakeTime(), new RecordingReporter(), "region us-east-1");

    PhysicalIdsTest() {
        cfn.stack("app", "UPDATE_COMPLETE")
                .stack("app-Data", "UPDATE_COMPLETE")
                .stack("app-Queues", "UPDATE_COMPLETE")
                .resources(
                        "app",
                        new StackResource(
                                "OrdersTable", "app-OrdersTable-1X2Y", "AWS::DynamoDB::Table", "CREATE_COMPLETE"),
                        new StackResource(
                                "Data",
                                FakeStackGateway.arn("app-Data"),
                                StackResource.NESTED_STACK_TYPE,
                                "UPDATE_COMPLETE"),
                        new StackResource(
                                "Queues",
                                FakeStackGateway.arn("app-Queues"),
                                StackResource.NESTED_STACK_TYPE,
                                "UPDATE_COMPLETE"))
                .resources(
                        "app-Data",
                        new StackResource(
                                "UploadBucket", "app-data-uploadbucket-9q", "AWS::S3::Bucket", "CREATE_COMPLETE"),
                        new StackResource("DeadLetters", "dlq-data", "AWS::SQS::Queue", "CREATE_COMPLETE"))
                .resources(
                        "app-Queues",
                        new StackResource("DeadLetters", "dlq-queues", "AWS::SQS::Queue", "CREATE_COMPLETE"),
                        new StackResource("OrdersTable", "shadowed", "AWS::DynamoDB::Table", "CREATE_COMPLETE"));
    }

    @Test
    void physicalIdsOfTheStacksOwnResources() {
        assertThat(read(false, "OrdersTable").resources())
                .containsExactly(Map.entry("OrdersTable", "app-OrdersTable-1X2Y"));
        assertThat(cfn.calls)
                .filteredOn(c -> c.startsWith("ListStackResources"))
                .hasSize(1);
    }

    @Test
    void aResourceInANestedStackIsFoundOnlyWhenAsked() {
        assertThatThrownBy(() -> read(false, "UploadBucket"))
                .isInstanceOfSatisfying(MissingStackValueException.class, e -> {
                    assertThat(e.kind()).isEqualTo(MissingStackValueException.Kind.RESOURCE);
                    assertThat(e.missing()).containsExactly("UploadBucket");
                    assertThat(e.available()).containsExactly("Data", "OrdersTable", "Queues");
                })
                .hasMessageContaining("has no resource with logical ID 'UploadBucket'")
                .hasMessageContaining("Its logical IDs: Data, OrdersTable, Queues.")
                .hasMessageContaining(
                        "If the resource is in a nested stack, set the search of nested stacks to" + " true.");

        assertThat(read(true, "UploadBucket", "OrdersTable").resources())
                .containsEntry("UploadBucket", "app-data-uploadbucket-9q")
                // The root stack's resource wins over a nested one with the same logical ID.
                .containsEntry("OrdersTable", "app-OrdersTable-1X2Y");
    }

    @Test
    void aLogicalIdInTwoNestedStacksIsAmbiguous() {
        assertThatThrownBy(() -> read(true, "DeadLetters"))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("'DeadLetters' exists in several nested stacks of app: Data/DeadLetters,"
                        + " Queues/DeadLetters");
    }

    @Test
    void aMissingLogicalIdListsNestedOnesWithTheirPath() {
        assertThatThrownBy(() -> read(true, "Topic"))
                .hasMessageContaining("Data/UploadBucket")
                .hasMessageNotContaining("nestedStacks=true");
    }

    @Test
    void everyResourceByPathForTheTestLibrary() {
        PhysicalIds all = reader.physicalIds("app", FakeStackGateway.arn("app"));

        assertThat(all.find("Data/DeadLetters")).contains("dlq-data");
        assertThat(all.find("Queues/DeadLetters")).contains("dlq-queues");
        assertThat(all.find("UploadBucket")).contains("app-data-uploadbucket-9q");
        assertThat(all.find("OrdersTable")).contains("app-OrdersTable-1X2Y");
        assertThat(all.find("Data/Nothing")).isEmpty();
        assertThatThrownBy(() -> all.find("DeadLetters"))
                .hasMessageContaining("Name it by its path (Data/DeadLetters)");
        assertThat(all.paths()).startsWith("OrdersTable", "Data", "Queues");
    }

    private StackValues read(boolean nested, String... logicalIds) {
        return reader.read(new StackRequest(
                "app",
                Duration.ZERO,
                Duration.ofSeconds(1),
                List.of(),
                ExportFilter.none(),
                List.of(),
                List.of(logicalIds),
                nested));
    }
}
