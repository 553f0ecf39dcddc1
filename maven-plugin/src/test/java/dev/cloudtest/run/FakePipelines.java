package dev.cloudtest.run;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A scripted CodePipeline: each poll answers with the next snapshot, then keeps the last one. */
final class FakePipelines implements PipelineRunGateway {
    record Snapshot(ExecutionState execution, List<ActionRun> actions) {}

    private final Deque<Snapshot> snapshots = new ArrayDeque<>();
    private int busyStarts;
    final List<String> calls = new ArrayList<>();

    FakePipelines busyFor(int starts) {
        busyStarts = starts;
        return this;
    }

    FakePipelines then(String status, ActionRun... actions) {
        snapshots.add(new Snapshot(
                new ExecutionState(status, status.equals("Failed") ? "stage failed" : ""), List.of(actions)));
        return this;
    }

    static ActionRun action(String stage, int order, String status) {
        return new ActionRun(
                stage,
                stage + "Action",
                status,
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(order),
                null,
                null,
                null);
    }

    static ActionRun build(String stage, int order, String status, String buildId) {
        return new ActionRun(
                stage,
                "Integration",
                status,
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(order),
                buildId,
                "https://console/" + buildId,
                status.equals("Failed") ? "Build terminated with state: FAILED" : null);
    }

    @Override
    public String start(String pipelineName) {
        calls.add("Start " + pipelineName);
        if (busyStarts > 0) {
            busyStarts--;
            throw new PipelineBusyException("ConflictException: pipeline is busy", null);
        }
        return "exec-1";
    }

    @Override
    public ExecutionState execution(String pipelineName, String executionId) {
        calls.add("GetPipelineExecution " + executionId);
        return current().execution();
    }

    @Override
    public List<ActionRun> actions(String pipelineName, String executionId) {
        Snapshot snapshot = current();
        if (snapshots.size() > 1) {
            snapshots.poll();
        }
        return snapshot.actions();
    }

    private Snapshot current() {
        return snapshots.peek();
    }
}
