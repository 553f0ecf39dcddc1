package dev.cloudtest.run;

import dev.cloudtest.core.Durations;
import dev.cloudtest.core.Poller;
import dev.cloudtest.core.Reporter;
import dev.cloudtest.core.TimeSource;
import dev.cloudtest.core.UserFixableException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Starts (or follows) a pipeline execution, shows its progress stage by stage until it ends or the wait
 * times out, and when the integration stage failed, shows its failing tests.
 */
public final class PipelineRunner {
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);
    /** Stage outcomes whose build results are worth reading: the tests ran, passing or not. */
    private static final Set<String> FINISHED = Set.of("Succeeded", "Failed");

    private final PipelineRunGateway pipelines;
    private final TestReportsGateway codeBuild;
    private final TimeSource time;
    private final Reporter reporter;

    public PipelineRunner(
            PipelineRunGateway pipelines, TestReportsGateway codeBuild, TimeSource time, Reporter reporter) {
        this.pipelines = pipelines;
        this.codeBuild = codeBuild;
        this.time = time;
        this.reporter = reporter;
    }

    public PipelineRun run(RunRequest request) {
        Instant begun = time.now();
        boolean started = request.executionId().isEmpty();
        String executionId = request.executionId().orElseGet(() -> start(request));
        reporter.info((started ? "Started" : "Following") + " pipeline " + request.pipelineName() + " execution "
                + executionId + " (waiting up to " + Durations.format(request.timeout()) + ")");
        RunProgress progress = new RunProgress(reporter);
        Duration startTook = Duration.between(begun, time.now());
        Duration left = request.timeout().minus(startTook);
        Snapshot[] last = {null};
        Poller.Result<Snapshot> ended = Poller.within(left.isNegative() ? Duration.ZERO : left, time)
                .pauses(request.pollInterval(), request.pollInterval())
                .run(poll -> {
                    ExecutionState execution = pipelines.execution(request.pipelineName(), executionId);
                    List<StageRun> stages = RunProgress.stages(pipelines.actions(request.pipelineName(), executionId));
                    progress.update(execution, stages, startTook.plus(poll.elapsed()));
                    last[0] = new Snapshot(execution, stages);
                    return execution.isTerminal() ? Optional.of(last[0]) : Optional.empty();
                });
        Snapshot seen = ended.outcome().orElse(last[0]);
        return finish(
                request,
                executionId,
                started,
                seen.execution(),
                seen.stages(),
                ended.timedOut(),
                startTook.plus(ended.elapsed()));
    }

    /** The execution and its stages as last read. */
    private record Snapshot(ExecutionState execution, List<StageRun> stages) {}

    /** Starts an execution, retrying with backoff while the pipeline is busy, within the run's time budget. */
    private String start(RunRequest request) {
        PipelineBusyException[] busy = {null};
        Poller.Result<String> started = Poller.within(request.timeout(), time)
                .pauses(request.pollInterval(), MAX_BACKOFF)
                .run(poll -> {
                    try {
                        return Optional.of(pipelines.start(request.pipelineName()));
                    } catch (PipelineBusyException e) {
                        busy[0] = e;
                        if (poll.number() >= request.startAttempts()) {
                            throw stayedBusy(request, poll.number(), e);
                        }
                        if (!poll.timeLeft().isZero()) {
                            reporter.info("Pipeline " + request.pipelineName() + " is busy (" + e.getMessage()
                                    + "); trying again (attempt " + poll.number() + " of "
                                    + request.startAttempts() + ")");
                        }
                        return Optional.empty();
                    }
                });
        return started.outcome().orElseThrow(() -> stayedBusy(request, started.attempts(), busy[0]));
    }

    private static UserFixableException stayedBusy(RunRequest request, int attempts, PipelineBusyException busy) {
        return new UserFixableException("Pipeline " + request.pipelineName() + " stayed busy after " + attempts
                + " attempt(s) to start it (" + busy.getMessage() + "). Wait for the running execution to finish,"
                + " or follow it with -Dcloudtest.execution=<id>.");
    }

    private PipelineRun finish(
            RunRequest request,
            String executionId,
            boolean started,
            ExecutionState execution,
            List<StageRun> stages,
            boolean timedOut,
            Duration elapsed) {
        Optional<StageRun> integration = stages.stream()
                .filter(s -> s.name().equals(request.integrationStage()))
                .findFirst();
        stages.stream().filter(s -> "Failed".equals(s.status())).forEach(this::printFailedActions);
        if (integration.isEmpty() && ExecutionState.SUCCEEDED.equals(execution.status())) {
            reporter.warn("No stage named " + request.integrationStage() + " (cloudtest.stageName) ran in this"
                    + " execution, so no test results are shown. Stages that ran: "
                    + stages.stream().map(StageRun::name).collect(Collectors.joining(", ")) + ".");
        }
        List<BuildFindings> builds = List.of();
        if (integration.isPresent() && FINISHED.contains(integration.get().status())) {
            builds = new FailingTestsFinder(codeBuild, reporter).find(integration.get());
            new FailingTestPrinter(reporter).print(request.integrationStage(), builds);
        }
        return new PipelineRun(
                request.pipelineName(),
                executionId,
                started,
                execution.status(),
                execution.summary(),
                timedOut,
                elapsed.getSeconds(),
                request.integrationStage(),
                stages,
                builds);
    }

    private void printFailedActions(StageRun stage) {
        stage.actions().stream()
                .filter(a -> "Failed".equals(a.status()))
                .forEach(a -> reporter.error(stage.name() + " / " + a.actionName() + " failed"
                        + (a.errorMessage() == null ? "" : ": " + a.errorMessage())
                        + (a.externalUrl() == null ? "" : " (" + a.externalUrl() + ")")));
    }
}
