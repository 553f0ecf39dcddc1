package dev.cloudtest.run;

import dev.cloudtest.core.Durations;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.model.Names;
import java.time.Duration;
import java.util.Optional;

/**
 * What to run and how long to follow it.
 *
 * @param executionId follow this execution instead of starting one
 * @param integrationStage the stage whose failing tests to show
 * @param startAttempts attempts at starting while the pipeline is busy (ConflictException)
 */
public record RunRequest(
        String pipelineName,
        Optional<String> executionId,
        String integrationStage,
        Duration timeout,
        Duration pollInterval,
        int startAttempts) {

    /** Builds a request from raw parameter values, checking them. */
    public static RunRequest fromParameters(
            String pipeline, String execution, String stageName, String timeout, String pollInterval, int attempts) {
        if (pipeline == null || pipeline.isBlank()) {
            throw new UserFixableException("No pipeline to run: set -Dcloudtest.pipeline=<pipeline> (or <pipeline> in"
                    + " the plugin configuration).");
        }
        Names.PIPELINE.problem(pipeline.trim()).ifPresent(problem -> {
            throw new UserFixableException("cloudtest.pipeline: " + problem + ".");
        });
        if (attempts < 1) {
            throw new UserFixableException("cloudtest.run.startAttempts must be at least 1, not " + attempts);
        }
        Duration wait = Durations.parse(timeout, "cloudtest.wait.timeout");
        if (wait.isZero()) {
            // A zero wait would start an execution and fail at once, leaving the run going unwatched.
            throw new UserFixableException("cloudtest.wait.timeout '" + timeout + "' must be more than zero: a"
                    + " pipeline run takes minutes. Use for example 30m (default 60m).");
        }
        return new RunRequest(
                pipeline.trim(),
                Optional.ofNullable(execution).map(String::trim).filter(e -> !e.isEmpty()),
                stageName == null || stageName.isBlank() ? "IntegrationTest" : stageName.trim(),
                wait,
                Durations.parsePollInterval(pollInterval, "cloudtest.wait.pollInterval"),
                attempts);
    }
}
