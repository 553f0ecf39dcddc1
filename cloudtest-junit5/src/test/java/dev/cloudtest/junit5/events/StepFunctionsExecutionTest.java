package dev.cloudtest.junit5.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.junit5.SlaViolation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionRequest;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryRequest;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.StartExecutionRequest;
import software.amazon.awssdk.services.sfn.model.StartExecutionResponse;

/**
 * Step Functions executions against a fake with AWS's shapes: moto does not run state machines (its executions
 * stay RUNNING and its history is canned), so the failure explanation is tested on histories as AWS writes them.
 */
class StepFunctionsExecutionTest {
    private static final String MACHINE = "arn:aws:states:us-east-1:123456789012:stateMachine:orders";

    /** Answers RUNNING {@code runningLooks} times, then {@code end}, with {@code history} (oldest first). */
    private static SfnClient fake(int runningLooks, ExecutionStatus end, List<HistoryEvent> history) {
        AtomicInteger looks = new AtomicInteger();
        return new SfnClient() {
            @Override
            public StartExecutionResponse startExecution(StartExecutionRequest request) {
                return StartExecutionResponse.builder()
                        .executionArn(MACHINE.replace("stateMachine", "execution") + ":" + request.name())
                        .build();
            }

            @Override
            public DescribeExecutionResponse describeExecution(DescribeExecutionRequest request) {
                ExecutionStatus status = looks.incrementAndGet() <= runningLooks ? ExecutionStatus.RUNNING : end;
                return DescribeExecutionResponse.builder()
                        .executionArn(request.executionArn())
                        .name("o-1-run")
                        .stateMachineArn(MACHINE)
                        .status(status)
                        .build();
            }

            @Override
            public GetExecutionHistoryResponse getExecutionHistory(GetExecutionHistoryRequest request) {
                List<HistoryEvent> events = new ArrayList<>(history);
                if (Boolean.TRUE.equals(request.reverseOrder())) {
                    java.util.Collections.reverse(events);
                }
                return GetExecutionHistoryResponse.builder().events(events).build();
            }

            @Override
            public String serviceName() {
                return "states";
            }

            @Override
            public void close() {}
        };
    }

    private static HistoryEvent entered(HistoryEventType type, String state) {
        return HistoryEvent.builder()
                .type(type)
                .stateEnteredEventDetails(d -> d.name(state))
                .build();
    }

    @Test
    void aFailedTaskIsNamedWithItsErrorAndCause() {
        SfnClient sfn = fake(
                2,
                ExecutionStatus.FAILED,
                List.of(
                        HistoryEvent.builder()
                                .type(HistoryEventType.EXECUTION_STARTED)
                                .build(),
                        entered(HistoryEventType.TASK_STATE_ENTERED, "Reserve stock"),
                        entered(HistoryEventType.TASK_STATE_ENTERED, "Charge card"),
                        HistoryEvent.builder()
                                .type(HistoryEventType.TASK_FAILED)
                                .taskFailedEventDetails(
                                        d -> d.error("PaymentDeclined").cause("card expired"))
                                .build(),
                        HistoryEvent.builder()
                                .type(HistoryEventType.EXECUTION_FAILED)
                                .executionFailedEventDetails(
                                        d -> d.error("PaymentDeclined").cause("card expired"))
                                .build()));

        StepFunctionsExecution run = StepFunctionsExecution.start(sfn, MACHINE, "{\"orderId\":\"o-1\"}");

        assertThatThrownBy(() -> run.awaitSuccess("order workflow", Duration.ofSeconds(10)))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("Execution o-1-run of " + MACHINE + " ended FAILED after ")
                .hasMessageEndingWith("state 'Charge card' failed with error 'PaymentDeclined', cause: card expired");
    }

    @Test
    void aSucceededExecutionIsMeasuredAndAStillRunningOneMissesItsSla() {
        SfnClient done = fake(1, ExecutionStatus.SUCCEEDED, List.of());
        assertThat(StepFunctionsExecution.of(done, "arn:x")
                        .awaitSuccess("workflow", Duration.ofSeconds(10))
                        .attempts())
                .isEqualTo(2);

        SfnClient stuck = fake(Integer.MAX_VALUE, ExecutionStatus.SUCCEEDED, List.of());
        assertThatThrownBy(() ->
                        StepFunctionsExecution.of(stuck, "arn:x").awaitSuccess("workflow", Duration.ofMillis(300)))
                .isInstanceOf(SlaViolation.class)
                .hasMessageContaining("SLA 'workflow' missed: not met within 300ms");
    }

    @Test
    void aTimedOutExecutionWithoutAStateSaysWhatItKnows() {
        SfnClient sfn = fake(
                0,
                ExecutionStatus.TIMED_OUT,
                List.of(HistoryEvent.builder()
                        .type(HistoryEventType.EXECUTION_TIMED_OUT)
                        .executionTimedOutEventDetails(d -> d.error("States.Timeout"))
                        .build()));

        assertThatThrownBy(
                        () -> StepFunctionsExecution.of(sfn, "arn:x").awaitSuccess("workflow", Duration.ofSeconds(5)))
                .hasMessageMatching(".* ended TIMED_OUT after \\d+ms: error 'States.Timeout'")
                .isInstanceOf(AssertionFailedError.class);
        assertThatThrownBy(() -> StepFunctionsExecution.start(sfn, "orders", "{}"))
                .hasMessageContaining("is not a state machine ARN");
    }

    @Test
    void anExecutionStartedUnderAnActiveTraceRunsUnderItUnlessAHeaderIsGiven() {
        List<String> headers = new ArrayList<>();
        SfnClient recording = new SfnClient() {
            @Override
            public StartExecutionResponse startExecution(StartExecutionRequest request) {
                headers.add(String.valueOf(request.traceHeader()));
                return StartExecutionResponse.builder()
                        .executionArn(MACHINE.replace("stateMachine", "execution") + ":" + request.name())
                        .build();
            }

            @Override
            public String serviceName() {
                return "states";
            }

            @Override
            public void close() {}
        };
        dev.cloudtest.junit5.traces.TraceId id = dev.cloudtest.junit5.traces.TraceId.create();

        StepFunctionsExecution.start(recording, MACHINE, "{}");
        try (var traced = id.activate()) {
            StepFunctionsExecution.start(recording, MACHINE, "{}");
            StepFunctionsExecution.start(recording, MACHINE, "n-1", "{}", "Root=1-5759e988-bd862e3fe1be46a994272793");
        }

        assertThat(headers)
                .containsExactly(
                        "null", "Root=" + id.root() + ";Sampled=1", "Root=1-5759e988-bd862e3fe1be46a994272793");
    }
}
