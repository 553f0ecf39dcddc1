package dev.cloudtest.run;

import java.time.Duration;
import java.util.Optional;

/**
 * What to run and how long to follow it, already checked by the front end (see RunPipelineMojo).
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
        int startAttempts) {}
