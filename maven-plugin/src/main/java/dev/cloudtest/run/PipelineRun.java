package dev.cloudtest.run;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.cloudtest.core.Durations;
import dev.cloudtest.core.ResultFiles;
import dev.cloudtest.core.UserFixableException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a followed execution ended; written to {@code pipeline-run.json}.
 *
 * @param started whether this goal started the execution (rather than following one)
 * @param timedOut whether the wait ended before the execution did
 * @param integrationBuilds the integration stage's builds, when that stage failed
 */
public record PipelineRun(
        String pipelineName,
        String executionId,
        boolean started,
        String status,
        String statusSummary,
        boolean timedOut,
        long elapsedSeconds,
        String integrationStage,
        List<StageRun> stages,
        List<BuildFindings> integrationBuilds) {

    public static final String RESULT_FILE = "pipeline-run.json";
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    /** Writes {@value #RESULT_FILE}: {@code succeeded}, every field of this run, and the AWS calls made. */
    public Path writeResult(Path directory, Map<String, Integer> awsCalls) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("succeeded", succeeded());
        result.putAll(ResultFiles.json().convertValue(this, MAP));
        result.put("awsCalls", awsCalls);
        return ResultFiles.writeJson(directory, RESULT_FILE, result);
    }

    public boolean succeeded() {
        return !timedOut && ExecutionState.SUCCEEDED.equals(status);
    }

    /** Throws a {@link UserFixableException} that says what happened and what to do, unless it succeeded. */
    public void failUnlessSucceeded() {
        if (succeeded()) {
            return;
        }
        String execution = "Pipeline " + pipelineName + " execution " + executionId;
        if (timedOut) {
            throw new UserFixableException(execution + " is still " + status + where() + " after "
                    + Durations.format(Duration.ofSeconds(elapsedSeconds)) + " (cloudtest.wait.timeout). It keeps"
                    + " running: follow it with -Dcloudtest.execution=" + executionId
                    + ", or raise cloudtest.wait.timeout.");
        }
        String why =
                switch (status) {
                    case "Stopped" -> " (it was stopped before it finished)";
                    case "Cancelled" -> " (the pipeline's definition was updated before it could complete)";
                    case "Superseded" -> " (a newer execution overtook it, so its result is unknown; run again or follow"
                            + " the newer one with -Dcloudtest.execution=<id>)";
                    default -> "";
                };
        throw new UserFixableException(execution + " ended " + status + why + where() + testsHint());
    }

    private String where() {
        Optional<StageRun> failed =
                stages.stream().filter(s -> !"Succeeded".equals(s.status())).reduce((first, second) -> second);
        return failed.map(s -> " at stage " + s.name() + " (" + s.status() + ")")
                .orElse("");
    }

    private String testsHint() {
        int failing =
                integrationBuilds.stream().mapToInt(BuildFindings::failingTotal).sum();
        if (failing == 0) {
            return statusSummary.isBlank() ? "." : ": " + statusSummary;
        }
        String log = integrationBuilds.stream()
                .map(BuildFindings::logLink)
                .filter(l -> l != null)
                .findFirst()
                .map(l -> " Build log: " + l)
                .orElse("");
        return ": " + failing + " test(s) failed in " + integrationStage + " (listed above)." + log;
    }
}
