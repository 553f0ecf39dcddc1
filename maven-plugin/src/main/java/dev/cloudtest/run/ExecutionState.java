package dev.cloudtest.run;

import java.util.Set;

/**
 * A pipeline execution's status ({@code InProgress, Stopping, Stopped, Succeeded, Superseded, Failed, Cancelled}).
 *
 * @param summary CodePipeline's status summary, or empty
 */
public record ExecutionState(String status, String summary) {
    public static final String SUCCEEDED = "Succeeded";
    private static final Set<String> RUNNING = Set.of("InProgress", "Stopping");

    public ExecutionState {
        summary = summary == null ? "" : summary;
    }

    public boolean isTerminal() {
        return !RUNNING.contains(status);
    }
}
