package dev.cloudtest.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pipeline executions that move through their stages over time. A run plan (seeded per pipeline through the
 * control API) says how each stage ends and how long it takes; stages without a plan succeed after
 * {@code defaultDurationMillis} (100 ms). Callers hold the state lock.
 */
final class PipelineRuns {
    static final long DEFAULT_STAGE_MILLIS = 100;

    /** One action of a stage run; {@code buildId} is set for CodeBuild actions. */
    record ActionRun(String actionExecutionId, JsonNode declaration, String buildId) {}

    /** A stage's timeline: it starts at {@code start} (Long.MAX_VALUE: never) and ends with {@code status}. */
    record StageRun(String name, long start, long end, String status, String errorMessage, List<ActionRun> actions) {
        String statusAt(long now) {
            if (now < start) {
                return null;
            }
            return now < end ? "InProgress" : status;
        }
    }

    /** One pipeline execution. */
    record Run(
            String id,
            String pipeline,
            int version,
            long start,
            String finalStatus,
            String clientRequestToken,
            JsonNode variables,
            List<StageRun> stages) {
        String statusAt(long now) {
            for (StageRun stage : stages) {
                String status = stage.statusAt(now);
                if (status == null || status.equals("InProgress")) {
                    return "InProgress";
                }
                if (!status.equals("Succeeded") && !status.equals("Skipped")) {
                    return status;
                }
            }
            return finalStatus == null ? "Succeeded" : finalStatus;
        }

        long lastChange(long now) {
            long last = start;
            for (StageRun stage : stages) {
                if (now >= stage.end) {
                    last = Math.max(last, stage.end);
                } else if (now >= stage.start) {
                    last = Math.max(last, stage.start);
                }
            }
            return last;
        }
    }

    private final Map<String, JsonNode> plans = new HashMap<>();
    private final Map<String, List<Run>> runs = new HashMap<>();
    private int counter;

    void putPlan(String pipeline, JsonNode plan) {
        plans.put(pipeline, plan);
    }

    /** Starts a run of {@code declaration} at {@code now}; builds and reports are registered in {@code codeBuild}. */
    Run start(
            String region,
            String pipeline,
            ObjectNode declaration,
            long now,
            String token,
            JsonNode variables,
            CodeBuildState codeBuild) {
        for (Run run : runs(pipeline)) {
            if (token != null && token.equals(run.clientRequestToken())) {
                return run;
            }
        }
        counter++;
        String id = String.format("%08x-0000-4000-8000-%012d", pipeline.hashCode(), counter);
        JsonNode plan = plans.getOrDefault(pipeline, Json.object());
        long defaultMillis = plan.path("defaultDurationMillis").asLong(DEFAULT_STAGE_MILLIS);
        List<StageRun> stages = new ArrayList<>();
        long at = now;
        for (JsonNode stage : Json.elements(declaration, "stages")) {
            String name = Json.text(stage, "name");
            JsonNode stagePlan = plan.path("stages").path(name);
            String status = stagePlan.path("status").asText("Succeeded");
            long end = at == Long.MAX_VALUE
                    ? Long.MAX_VALUE
                    : at + stagePlan.path("durationMillis").asLong(defaultMillis);
            List<ActionRun> actions = new ArrayList<>();
            int a = 0;
            for (JsonNode action : Json.elements(stage, "actions")) {
                String actionId = String.format(
                        "%08x-%04d-4000-8000-%012d", pipeline.hashCode(), ++a, counter * 100 + stages.size());
                String buildId = null;
                if ("CodeBuild"
                        .equals(action.path("actionTypeId").path("provider").asText())) {
                    String project =
                            action.path("configuration").path("ProjectName").asText();
                    buildId = codeBuild.addBuild(
                            region,
                            project,
                            "codepipeline/" + pipeline,
                            at,
                            end,
                            buildStatus(status),
                            stagePlan.path("build"));
                }
                actions.add(new ActionRun(actionId, action, buildId));
            }
            stages.add(new StageRun(name, at, end, status, Json.text(stagePlan, "errorMessage"), actions));
            at = status.equals("Succeeded") || status.equals("Skipped") ? end : Long.MAX_VALUE;
        }
        Run run = new Run(
                id,
                pipeline,
                declaration.path("version").asInt(1),
                now,
                Json.text(plan, "finalStatus"),
                token,
                variables,
                stages);
        runs.computeIfAbsent(pipeline, k -> new ArrayList<>()).add(0, run);
        return run;
    }

    /**
     * UpdatePipeline stops the runs in progress: the running stage ends {@code Cancelled} now (its builds
     * STOPPED), later stages never start, and the execution ends {@code Cancelled}.
     */
    void cancelInProgress(String pipeline, long now, CodeBuildState codeBuild) {
        List<Run> list = runs.getOrDefault(pipeline, new ArrayList<>());
        for (int i = 0; i < list.size(); i++) {
            Run run = list.get(i);
            if (!run.statusAt(now).equals("InProgress")) {
                continue;
            }
            List<StageRun> stages = new ArrayList<>();
            boolean cut = false;
            for (StageRun stage : run.stages()) {
                if (cut) {
                    stages.add(new StageRun(
                            stage.name(), Long.MAX_VALUE, Long.MAX_VALUE, stage.status(), null, stage.actions()));
                } else if (now < stage.end()) {
                    stages.add(new StageRun(
                            stage.name(),
                            stage.start(),
                            now,
                            "Cancelled",
                            "The pipeline was updated while this execution was in progress",
                            stage.actions()));
                    stage.actions().stream()
                            .map(ActionRun::buildId)
                            .filter(id -> id != null)
                            .forEach(id -> codeBuild.stopBuild(id, now));
                    cut = true;
                } else {
                    stages.add(stage);
                }
            }
            list.set(
                    i,
                    new Run(
                            run.id(),
                            run.pipeline(),
                            run.version(),
                            run.start(),
                            null,
                            run.clientRequestToken(),
                            run.variables(),
                            stages));
        }
    }

    /** Runs of a pipeline, newest first. */
    List<Run> runs(String pipeline) {
        return runs.getOrDefault(pipeline, List.of());
    }

    Run run(String pipeline, String id) {
        return runs(pipeline).stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> AwsError.badRequest(
                        "PipelineExecutionNotFoundException",
                        "Pipeline execution with id '" + id + "' does not exist in pipeline with name '" + pipeline
                                + "'"));
    }

    private static String buildStatus(String stageStatus) {
        return switch (stageStatus) {
            case "Succeeded", "Skipped" -> "SUCCEEDED";
            case "Stopped", "Cancelled" -> "STOPPED";
            default -> "FAILED";
        };
    }
}
