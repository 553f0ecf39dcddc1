package dev.cloudtest.run;

import dev.cloudtest.core.Deadline;
import dev.cloudtest.core.Durations;
import dev.cloudtest.core.Reporter;
import dev.cloudtest.core.TimeSource;
import dev.cloudtest.core.UserFixableException;
import java.time.Duration;
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
        Deadline deadline = Deadline.after(time, request.timeout());
        boolean started = request.executionId().isEmpty();
        String executionId = request.executionId().orElseGet(() -> start(request, deadline));
        reporter.info((started ? "Started" : "Following") + " pipeline " + request.pipelineName() + " execution "
                + executionId + " (waiting up to " + Durations.format(request.timeout()) + ")");
        RunProgress progress = new RunProgress(reporter);
        while (true) {
            ExecutionState execution = pipelines.execution(request.pipelineName(), executionId);
            List<StageRun> stages = RunProgress.stages(pipelines.actions(request.pipelineName(), executionId));
            progress.update(execution, stages, deadline.elapsed());
            boolean timedOut = !execution.isTerminal() && deadline.passed();
            if (execution.isTerminal() || timedOut) {
                return finish(request, executionId, started, execution, stages, timedOut, deadline.elapsed());
            }
            deadline.sleep(request.pollInterval());
        }
    }

    private String start(RunRequest request, Deadline deadline) {
        Duration backoff = request.pollInterval();
        for (int attempt = 1; ; attempt++) {
            try {
                return pipelines.start(request.pipelineName());
            } catch (PipelineBusyException busy) {
                if (attempt >= request.startAttempts() || deadline.passed()) {
                    throw new UserFixableException("Pipeline " + request.pipelineName() + " stayed busy after "
                            + attempt + " attempt(s) to start it (" + busy.getMessage() + "). Wait for the"
                            + " running execution to finish, or follow it with -Dcloudtest.execution=<id>.");
                }
                reporter.info("Pipeline " + request.pipelineName() + " is busy (" + busy.getMessage()
                        + "); trying again in " + Durations.format(backoff));
                deadline.sleep(backoff);
                backoff = Durations.doubledUpTo(backoff, MAX_BACKOFF);
            }
        }
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
