package dev.cloudtest.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The CodePipeline operations about executions: start one, and watch it move through its stages. */
final class PipelineRunApi {
    private final LocalAwsState state;

    PipelineRunApi(LocalAwsState state) {
        this.state = state;
    }

    JsonNode handle(String operation, JsonNode body, String region) {
        return switch (operation) {
            case "StartPipelineExecution" -> start(body, region);
            case "GetPipelineExecution" -> getExecution(body);
            case "ListPipelineExecutions" -> listExecutions(body);
            case "GetPipelineState" -> getState(body);
            case "ListActionExecutions" -> listActionExecutions(body);
            default -> throw JsonApi.unknownOperation(operation);
        };
    }

    private JsonNode start(JsonNode body, String region) {
        PipelineStore.Pipeline pipeline = state.pipelines.get(CodePipelineApi.requiredName(body, "name"));
        PipelineRuns.Run run = state.runs.start(
                region,
                pipeline.name,
                pipeline.current(),
                state.now(),
                Json.text(body, "clientRequestToken"),
                body.path("variables"),
                state.codeBuild);
        return Json.object().put("pipelineExecutionId", run.id());
    }

    private JsonNode getExecution(JsonNode body) {
        PipelineStore.Pipeline pipeline = state.pipelines.get(CodePipelineApi.requiredName(body, "pipelineName"));
        PipelineRuns.Run run = state.runs.run(pipeline.name, Json.text(body, "pipelineExecutionId"));
        long now = state.now();
        ObjectNode execution = Json.object()
                .put("pipelineName", pipeline.name)
                .put("pipelineVersion", run.version())
                .put("pipelineExecutionId", run.id())
                .put("status", run.statusAt(now))
                .put("executionMode", pipeline.current().path("executionMode").asText("SUPERSEDED"))
                .put("executionType", "STANDARD");
        String summary = failureSummary(run, now);
        if (summary != null) {
            execution.put("statusSummary", summary);
        }
        execution.putArray("artifactRevisions");
        ArrayNode variables = execution.putArray("variables");
        for (JsonNode variable : run.variables()) {
            variables
                    .addObject()
                    .put("name", Json.text(variable, "name"))
                    .put("resolvedValue", Json.text(variable, "value"));
        }
        execution.set("trigger", trigger());
        return Json.object().set("pipelineExecution", execution);
    }

    private JsonNode listExecutions(JsonNode body) {
        PipelineStore.Pipeline pipeline = state.pipelines.get(CodePipelineApi.requiredName(body, "pipelineName"));
        Pages.Page<PipelineRuns.Run> page =
                Pages.of(body, state.runs.runs(pipeline.name), 100, "InvalidNextTokenException");
        long now = state.now();
        return page.answer("pipelineExecutionSummaries", run -> {
            ObjectNode summary = Json.object()
                    .put("pipelineExecutionId", run.id())
                    .put("status", run.statusAt(now))
                    .put(
                            "executionMode",
                            pipeline.current().path("executionMode").asText("SUPERSEDED"))
                    .put("executionType", "STANDARD");
            summary.set("startTime", Json.epochSeconds(run.start()));
            summary.set("lastUpdateTime", Json.epochSeconds(run.lastChange(now)));
            summary.set("trigger", trigger());
            return summary;
        });
    }

    private JsonNode getState(JsonNode body) {
        PipelineStore.Pipeline pipeline = state.pipelines.get(CodePipelineApi.requiredName(body, "name"));
        List<PipelineRuns.Run> runs = state.runs.runs(pipeline.name);
        PipelineRuns.Run latest = runs.isEmpty() ? null : runs.get(0);
        long now = state.now();
        ObjectNode answer = Json.object().put("pipelineName", pipeline.name).put("pipelineVersion", pipeline.version());
        answer.set("created", Json.epochSeconds(pipeline.createdMillis));
        answer.set("updated", Json.epochSeconds(pipeline.updatedMillis));
        ArrayNode stageStates = answer.putArray("stageStates");
        for (JsonNode stage : Json.elements(pipeline.current(), "stages")) {
            String name = Json.text(stage, "name");
            ObjectNode stageState = stageStates.addObject().put("stageName", name);
            stageState.putObject("inboundTransitionState").put("enabled", true);
            PipelineRuns.StageRun stageRun = latest == null ? null : stageRun(latest, name);
            String status = stageRun == null ? null : stageRun.statusAt(now);
            ArrayNode actionStates = stageState.putArray("actionStates");
            for (JsonNode action : Json.elements(stage, "actions")) {
                ObjectNode actionState = actionStates.addObject().put("actionName", Json.text(action, "name"));
                PipelineRuns.ActionRun actionRun =
                        status == null ? null : actionRun(stageRun, Json.text(action, "name"));
                if (actionRun != null) {
                    actionState.set(
                            "latestExecution", ActionExecutionJson.latestActionExecution(stageRun, actionRun, now));
                }
            }
            if (status != null) {
                stageState
                        .putObject("latestExecution")
                        .put("pipelineExecutionId", latest.id())
                        .put("status", status);
            }
        }
        return answer;
    }

    private JsonNode listActionExecutions(JsonNode body) {
        PipelineStore.Pipeline pipeline = state.pipelines.get(CodePipelineApi.requiredName(body, "pipelineName"));
        String executionId = Json.text(body.path("filter"), "pipelineExecutionId");
        List<PipelineRuns.Run> runs = executionId == null
                ? state.runs.runs(pipeline.name)
                : List.of(state.runs.run(pipeline.name, executionId));
        long now = state.now();
        List<ObjectNode> details = new ArrayList<>();
        for (PipelineRuns.Run run : runs) {
            List<ObjectNode> ofRun = new ArrayList<>();
            for (PipelineRuns.StageRun stage : run.stages()) {
                if (stage.statusAt(now) == null) {
                    continue;
                }
                for (PipelineRuns.ActionRun action : stage.actions()) {
                    ofRun.add(0, ActionExecutionJson.actionExecution(run, stage, action, now));
                }
            }
            details.addAll(ofRun);
        }
        return Pages.of(body, details, 100, "InvalidNextTokenException")
                .answer("actionExecutionDetails", Function.identity());
    }

    private static PipelineRuns.StageRun stageRun(PipelineRuns.Run run, String name) {
        return run.stages().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    private static PipelineRuns.ActionRun actionRun(PipelineRuns.StageRun stage, String name) {
        return stage.actions().stream()
                .filter(a -> name.equals(Json.text(a.declaration(), "name")))
                .findFirst()
                .orElse(null);
    }

    private static String failureSummary(PipelineRuns.Run run, long now) {
        for (PipelineRuns.StageRun stage : run.stages()) {
            String status = stage.statusAt(now);
            if (status != null && !List.of("InProgress", "Succeeded", "Skipped").contains(status)) {
                return ActionExecutionJson.errorDetails(stage).path("message").asText();
            }
        }
        return null;
    }

    private static ObjectNode trigger() {
        return Json.object()
                .put("triggerType", "StartPipelineExecution")
                .put("triggerDetail", "arn:aws:iam::" + PipelineStore.ACCOUNT + ":user/cloudtest");
    }
}
