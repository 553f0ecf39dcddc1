package dev.cloudtest.junit5.events;

import dev.cloudtest.junit5.Observation;
import dev.cloudtest.junit5.Sla;
import dev.cloudtest.junit5.traces.TraceHeaderInterceptor;
import dev.cloudtest.junit5.traces.TraceId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.opentest4j.AssertionFailedError;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;

/**
 * A Step Functions execution a test starts and awaits: {@link #awaitSuccess} waits for its end within an SLA and,
 * when it did not succeed, fails with the state that failed, its error and its cause, read from the execution
 * history.
 *
 * <pre>{@code
 * StepFunctionsExecution run = StepFunctionsExecution.start(sfn, orderWorkflowArn, "{\"orderId\":\"o-1\"}");
 * Observation<DescribeExecutionResponse> done = run.awaitSuccess("order workflow", Duration.ofSeconds(30));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class StepFunctionsExecution {
    private static final int MAX_HISTORY_PAGES = 20;

    private final SfnClient sfn;
    private final String executionArn;

    private StepFunctionsExecution(SfnClient sfn, String executionArn) {
        this.sfn = sfn;
        this.executionArn = executionArn;
    }

    /** Starts an execution of {@code stateMachineArn} with {@code input} (JSON), named uniquely for this test run. */
    public static StepFunctionsExecution start(SfnClient sfn, String stateMachineArn, String input) {
        return start(sfn, stateMachineArn, "cloudtest-" + UUID.randomUUID(), input, null);
    }

    /**
     * Starts a named execution.
     *
     * @param traceHeader an X-Ray trace header to run it under; null: the trace activated on this thread
     *     ({@link TraceId#activate()}), if any
     */
    public static StepFunctionsExecution start(
            SfnClient sfn, String stateMachineArn, String name, String input, String traceHeader) {
        if (stateMachineArn == null || !stateMachineArn.startsWith("arn:")) {
            throw new IllegalArgumentException("'" + stateMachineArn + "' is not a state machine ARN: give its ARN"
                    + " (e.g. @PhysicalId of the AWS::StepFunctions::StateMachine, which is its ARN).");
        }
        String arn;
        try {
            arn = sfn.startExecution(r -> r.stateMachineArn(stateMachineArn)
                            .name(name)
                            .input(input == null ? "{}" : input)
                            .traceHeader(
                                    traceHeader != null
                                            ? traceHeader
                                            : TraceHeaderInterceptor.active()
                                                    .map(TraceId::header)
                                                    .orElse(null)))
                    .executionArn();
        } catch (StateMachineDoesNotExistException e) {
            throw new IllegalArgumentException("No state machine " + stateMachineArn + " here: check the ARN"
                    + " (@PhysicalId of the AWS::StepFunctions::StateMachine in the stack under test?) and that the"
                    + " client's region and endpoint are the state machine's.");
        }
        return new StepFunctionsExecution(sfn, arn);
    }

    /** An execution started elsewhere (by the application), by its ARN. */
    public static StepFunctionsExecution of(SfnClient sfn, String executionArn) {
        return new StepFunctionsExecution(sfn, executionArn);
    }

    public String executionArn() {
        return executionArn;
    }

    /**
     * Waits until the execution ends, within {@code sla}; fails with the SLA's figures when it is still running,
     * and with the failed state, error and cause when it ended otherwise than SUCCEEDED.
     */
    public Observation<DescribeExecutionResponse> awaitSuccess(String name, Duration sla) {
        Observation<DescribeExecutionResponse> ended = Sla.within(sla)
                .name(name)
                .until(
                        () -> sfn.describeExecution(r -> r.executionArn(executionArn)),
                        d -> d.status() != ExecutionStatus.RUNNING);
        DescribeExecutionResponse execution = ended.value();
        if (execution.status() != ExecutionStatus.SUCCEEDED) {
            throw new AssertionFailedError("Execution " + execution.name() + " of " + execution.stateMachineArn()
                    + " ended " + execution.statusAsString() + " after "
                    + ended.latency().toMillis() + "ms: "
                    + ExecutionFailure.explain(history()));
        }
        return ended;
    }

    /** The execution's history, newest first, at most {@value #MAX_HISTORY_PAGES} pages. */
    List<HistoryEvent> history() {
        List<HistoryEvent> events = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String from = token;
            var page = sfn.getExecutionHistory(
                    r -> r.executionArn(executionArn).reverseOrder(true).nextToken(from));
            events.addAll(page.events());
            token = page.nextToken();
        } while (token != null && ++pages < MAX_HISTORY_PAGES);
        return events;
    }
}
