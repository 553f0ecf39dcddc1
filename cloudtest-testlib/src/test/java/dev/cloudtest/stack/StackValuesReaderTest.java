package dev.cloudtest.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.core.FakeTime;
import dev.cloudtest.core.RecordingReporter;
import dev.cloudtest.core.UserFixableException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StackValuesReaderTest {
    private final FakeStackGateway cfn = new FakeStackGateway();
    private final FakeTime time = new FakeTime();
    private final RecordingReporter reporter = new RecordingReporter();
    private final StackValuesReader reader = new StackValuesReader(cfn, time, reporter, "region us-east-1");

    private static final List<StackOutput> OUTPUTS = List.of(
            new StackOutput("TableName", "orders-test-1", null),
            new StackOutput("ApiUrl", "https://abc.execute-api.us-east-1.amazonaws.com/prod", "api-url-test-1"));

    @Test
    void readsEveryOutputByKeyWhateverTheirOrder() {
        cfn.stack("orders-test-1", OUTPUTS, "UPDATE_COMPLETE");

        StackValues values = reader.read(StackRequest.outputsOf("orders-test-1"));

        assertThat(values.outputs())
                .containsExactly(
                        java.util.Map.entry("ApiUrl", "https://abc.execute-api.us-east-1.amazonaws.com/prod"),
                        java.util.Map.entry("TableName", "orders-test-1"));
        assertThat(values.asProperties())
                .containsEntry("cloudtest.output.TableName", "orders-test-1")
                // ApiUrl is exported by the stack itself, so its export is handed over too.
                .containsEntry(
                        "cloudtest.export.api-url-test-1", "https://abc.execute-api.us-east-1.amazonaws.com/prod")
                .hasSize(3);
        assertThat(values.status()).isEqualTo("UPDATE_COMPLETE");
        assertThat(cfn.calls).containsExactly("DescribeStacks orders-test-1");
    }

    @Test
    void theStacksOwnExportsAreHandedOverWithoutAFilter() {
        cfn.stack(
                        "orders-test-1",
                        List.of(
                                new StackOutput("TableName", "orders-test-1", "orders-table-name"),
                                new StackOutput("ApiUrl", "https://api", null)),
                        "CREATE_COMPLETE")
                .export("someone-elses-export", "x");

        StackValues values = reader.read(StackRequest.outputsOf("orders-test-1"));

        assertThat(values.exports()).containsExactly(java.util.Map.entry("orders-table-name", "orders-test-1"));
        assertThat(values.asProperties()).containsEntry("cloudtest.export.orders-table-name", "orders-test-1");
    }

    @Test
    void aMissingStackNamesTheStacksThatLookAlike() {
        cfn.stack("orders-test-1", "CREATE_COMPLETE")
                .stack("orders-test-2", "CREATE_COMPLETE")
                .stack("billing-prod", "CREATE_COMPLETE");

        assertThatThrownBy(() -> reader.read(StackRequest.outputsOf("Orders-test")))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("Stack 'Orders-test' does not exist in region us-east-1")
                .hasMessageContaining("Stacks with similar names: orders-test-1, orders-test-2.")
                .hasMessageNotContaining("billing-prod")
                .hasMessageContaining("ENV_STACK_NAME");
    }

    @Test
    void aMissingStackWithNothingAlikeSaysSo() {
        cfn.stack("billing-prod", "CREATE_COMPLETE");

        assertThatThrownBy(() -> reader.read(StackRequest.outputsOf("orders")))
                .hasMessageContaining("No stack there has a similar name.");
    }

    @Test
    void aRollingBackStackFailsAtOnceEvenWithTimeToWait() {
        cfn.stack("orders-test-1", "UPDATE_ROLLBACK_IN_PROGRESS", "UPDATE_ROLLBACK_COMPLETE");

        assertThatThrownBy(() -> reader.read(waiting("orders-test-1", Duration.ofMinutes(10))))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("Stack orders-test-1 is UPDATE_ROLLBACK_IN_PROGRESS")
                .hasMessageContaining("is rolling it back");
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void aRolledBackStackIsNotReadyThoughItEndsInComplete() {
        cfn.stack("orders-test-1", "ROLLBACK_COMPLETE");

        assertThatThrownBy(() -> reader.read(StackRequest.outputsOf("orders-test-1")))
                .hasMessageContaining("is ROLLBACK_COMPLETE")
                .hasMessageContaining("rolled it back");
    }

    @Test
    void aFailedOrDeletedStackIsBroken() {
        cfn.stack("gone", "DELETE_IN_PROGRESS");
        assertThatThrownBy(() -> reader.read(StackRequest.outputsOf("gone")))
                .hasMessageContaining("is DELETE_IN_PROGRESS");
    }

    @Test
    void waitsForAnUpdateInProgressToComplete() {
        cfn.stack(
                "orders-test-1",
                OUTPUTS,
                "UPDATE_IN_PROGRESS",
                "UPDATE_IN_PROGRESS",
                "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS",
                "UPDATE_COMPLETE");

        StackValues values = reader.read(waiting("orders-test-1", Duration.ofMinutes(5)));

        assertThat(values.status()).isEqualTo("UPDATE_COMPLETE");
        assertThat(time.sleeps())
                .containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(10));
        // One line per status change, not one per poll.
        assertThat(reporter.lines())
                .filteredOn(l -> l.contains("waiting up to 5m00s"))
                .hasSize(2);
    }

    @Test
    void stillInProgressAfterTheWaitFailsNamingTheParameter() {
        cfn.stack("orders-test-1", "CREATE_IN_PROGRESS");

        assertThatThrownBy(() -> reader.read(waiting("orders-test-1", Duration.ofSeconds(25))))
                .isInstanceOfSatisfying(StackNotReadyException.class, e -> {
                    assertThat(e.status()).isEqualTo("CREATE_IN_PROGRESS");
                    assertThat(e.waitTimeout()).isEqualTo(Duration.ofSeconds(25));
                })
                .hasMessageContaining("is still CREATE_IN_PROGRESS after 25s")
                .hasMessageContaining("Raise the stack wait timeout (now 25s)");
        // 10 + 10 + the 5 s left: the deadline is kept, not overshot.
        assertThat(time.slept()).isEqualTo(Duration.ofSeconds(25));
    }

    @Test
    void aLongWaitSaysSoEveryMinute() {
        cfn.stack("orders-test-1", "UPDATE_IN_PROGRESS");
        StackRequest request = new StackRequest(
                "orders-test-1",
                Duration.ofMinutes(3),
                Duration.ofSeconds(20),
                List.of(),
                ExportFilter.none(),
                List.of(),
                List.of(),
                false);

        assertThatThrownBy(() -> reader.read(request)).hasMessageContaining("after 3m00s");
        assertThat(reporter.lines())
                .containsExactly(
                        "INFO Stack orders-test-1 is UPDATE_IN_PROGRESS; waiting up to 3m00s (0s so far)",
                        "INFO Stack orders-test-1 is UPDATE_IN_PROGRESS; waiting up to 3m00s (1m00s so far)",
                        "INFO Stack orders-test-1 is UPDATE_IN_PROGRESS; waiting up to 3m00s (2m00s so far)");
    }

    @Test
    void withoutAWaitAnInProgressStackFailsAtOnceAndSaysHowToWait() {
        cfn.stack("orders-test-1", "UPDATE_IN_PROGRESS");

        assertThatThrownBy(() -> reader.read(StackRequest.outputsOf("orders-test-1")))
                .hasMessageContaining("Set the stack wait timeout to 15m to wait for it.");
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void aMissingRequiredOutputListsTheOutputsThatExist() {
        cfn.stack("orders-test-1", OUTPUTS, "CREATE_COMPLETE");
        StackRequest request = new StackRequest(
                "orders-test-1",
                Duration.ZERO,
                Duration.ofSeconds(1),
                List.of("ApiUrl", "QueueUrl"),
                ExportFilter.none(),
                List.of(),
                List.of(),
                false);

        assertThatThrownBy(() -> reader.read(request))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("has no output 'QueueUrl'")
                .hasMessageContaining("Its outputs: ApiUrl, TableName.");
    }

    @Test
    void exportsAreNotReadUnlessAsked() {
        cfn.stack("orders-test-1", "CREATE_COMPLETE").export("table-name-orders-test-1", "t1");

        assertThat(reader.read(StackRequest.outputsOf("orders-test-1")).exports())
                .isEmpty();
        assertThat(cfn.calls).doesNotContain("ListExports");
    }

    @Test
    void exportsContainingTheStackName() {
        givenExports();

        StackValues values = reader.read(exports("test-1", ExportFilter.of(null, null, true), List.of()));

        assertThat(values.exports()).containsOnlyKeys("queue-url-test-1", "table-name-test-1");
    }

    @Test
    void exportFiltersCombineWithAnd() {
        givenExports();

        assertThat(reader.read(exports("test-1", ExportFilter.of("table-", null, false), List.of()))
                        .exports())
                .containsOnlyKeys("table-name-test-1", "table-name-test-2");
        assertThat(reader.read(exports("test-1", ExportFilter.of("table-", null, true), List.of()))
                        .exports())
                .containsExactly(java.util.Map.entry("table-name-test-1", "orders-t1"));
        assertThat(reader.read(exports("test-1", ExportFilter.of(null, ".*-test-\\d", false), List.of()))
                        .exports())
                .containsOnlyKeys("queue-url-test-1", "table-name-test-1", "table-name-test-2");
        // The whole name must match, not a part of it.
        assertThat(reader.read(exports("test-1", ExportFilter.of(null, "test-1", false), List.of()))
                        .exports())
                .isEmpty();
    }

    @Test
    void requiredExportsAreHandedOverAndAMissingOneListsWhatExists() {
        givenExports();

        assertThat(reader.read(exports("test-1", ExportFilter.none(), List.of("shared-vpc-id")))
                        .exports())
                .containsOnlyKeys("shared-vpc-id");
        assertThatThrownBy(() -> reader.read(exports("test-1", ExportFilter.none(), List.of("table-name-test-3"))))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("No export named 'table-name-test-3' exists in region us-east-1")
                .hasMessageContaining(
                        "Exports there: queue-url-test-1, shared-vpc-id, table-name-test-1, table-name-test-2.");
    }

    @Test
    void aFilterThatSelectsNothingWarns() {
        givenExports();

        reader.read(exports("test-1", ExportFilter.of("bucket-", null, false), List.of()));

        assertThat(reporter.lines()).anyMatch(l -> l.startsWith("WARN No export starting with 'bucket-'"));
    }

    @Test
    void anInvalidPatternNamesTheParameter() {
        assertThatThrownBy(() -> ExportFilter.of(null, "table-(", false))
                .isInstanceOf(UserFixableException.class)
                .hasMessageStartingWith("'table-(' (from the export pattern) is not a valid Java regular expression");
    }

    private void givenExports() {
        cfn.stack("test-1", "CREATE_COMPLETE")
                .export("table-name-test-1", "orders-t1")
                .export("table-name-test-2", "orders-t2")
                .export("queue-url-test-1", "https://sqs/q1")
                .export("shared-vpc-id", "vpc-123");
    }

    private static StackRequest waiting(String stack, Duration timeout) {
        return new StackRequest(
                stack, timeout, Duration.ofSeconds(10), List.of(), ExportFilter.none(), List.of(), List.of(), false);
    }

    private static StackRequest exports(String stack, ExportFilter filter, List<String> required) {
        return new StackRequest(
                stack, Duration.ZERO, Duration.ofSeconds(1), List.of(), filter, required, List.of(), false);
    }
}
