package dev.cloudtest.maven;

import dev.cloudtest.aws.AwsClients;
import dev.cloudtest.aws.CodeBuildTestReportsGateway;
import dev.cloudtest.aws.CodePipelineRunGateway;
import dev.cloudtest.core.Durations;
import dev.cloudtest.core.TimeSource;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.model.Names;
import dev.cloudtest.run.PipelineRun;
import dev.cloudtest.run.PipelineRunner;
import dev.cloudtest.run.RunRequest;
import java.time.Duration;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts a CodePipeline execution (or follows one), shows its progress stage by stage, and when the integration
 * stage fails, prints its failing tests with the build's log link. Fails the build unless the execution
 * succeeds in time. Writes {@code target/cloudtest/pipeline-run.json}.
 *
 * @since 0.1.0
 */
@Mojo(name = "run-pipeline", threadSafe = true)
public class RunPipelineMojo extends AbstractPipelineMojo {

    /**
     * Follows this execution id instead of starting a new execution.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.execution")
    private String execution;

    /**
     * How long to follow the execution before failing (it keeps running), e.g. {@code 45m}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.wait.timeout", defaultValue = "60m")
    private String waitTimeout;

    /**
     * How often to look at the execution.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.wait.pollInterval", defaultValue = "15s")
    private String pollInterval;

    /**
     * Attempts at starting while the pipeline is busy (ConflictException), with doubling pauses.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.run.startAttempts", defaultValue = "5")
    private int startAttempts;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.run-pipeline.skip", defaultValue = "false")
    private boolean skip;

    @Override
    protected void run() {
        RunRequest request = request();
        try (AwsClients aws = openAws()) {
            PipelineRun run = new PipelineRunner(
                            new CodePipelineRunGateway(aws),
                            new CodeBuildTestReportsGateway(aws),
                            TimeSource.system(),
                            reporter())
                    .run(request);
            run.writeResult(outputDirectory(), aws.callCounts());
            run.failUnlessSucceeded();
            getLog().info("Pipeline " + run.pipelineName() + " execution " + run.executionId() + " succeeded.");
        }
    }

    /** The parameters, checked before any AWS call. */
    RunRequest request() {
        if (pipeline == null || pipeline.isBlank()) {
            throw new UserFixableException("No pipeline to run: set -Dcloudtest.pipeline=<pipeline> (or <pipeline> in"
                    + " the plugin configuration).");
        }
        Names.PIPELINE.problem(pipeline.trim()).ifPresent(problem -> {
            throw new UserFixableException("cloudtest.pipeline: " + problem + ".");
        });
        if (startAttempts < 1) {
            throw new UserFixableException("cloudtest.run.startAttempts must be at least 1, not " + startAttempts);
        }
        Duration wait = Durations.parse(waitTimeout, "cloudtest.wait.timeout");
        if (wait.isZero()) {
            // A zero wait would start an execution and fail at once, leaving the run going unwatched.
            throw new UserFixableException("cloudtest.wait.timeout '" + waitTimeout + "' must be more than zero: a"
                    + " pipeline run takes minutes. Use for example 30m (default 60m).");
        }
        return new RunRequest(
                pipeline.trim(),
                Optional.ofNullable(execution).map(String::trim).filter(e -> !e.isEmpty()),
                stageName == null || stageName.isBlank() ? "IntegrationTest" : stageName.trim(),
                wait,
                Durations.parsePollInterval(pollInterval, "cloudtest.wait.pollInterval"),
                startAttempts);
    }

    @Override
    protected boolean goalSkipped() {
        return skip;
    }

    @Override
    protected String goalName() {
        return "run-pipeline";
    }
}
