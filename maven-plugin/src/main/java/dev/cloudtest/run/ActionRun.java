package dev.cloudtest.run;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * One action execution of a pipeline execution.
 *
 * @param status {@code InProgress, Abandoned, Succeeded, Failed}
 * @param externalId for CodeBuild actions the build id ({@code project:uuid}), or {@code null}
 * @param externalUrl the console link of the external run, or {@code null}
 * @param errorMessage why the action failed, or {@code null}
 */
public record ActionRun(
        String stageName,
        String actionName,
        String status,
        @JsonIgnore Instant startTime,
        String externalId,
        String externalUrl,
        String errorMessage) {

    /** The start time as ISO-8601 text, for the result file. */
    @JsonProperty("started")
    public String startedText() {
        return startTime == null ? null : startTime.toString();
    }
}
