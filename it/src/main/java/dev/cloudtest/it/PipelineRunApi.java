package dev.cloudtest.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

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
        Pages.Page<PipelineRuns.Run> page = Pages.of(
                state.runs.runs(pipeline.name),
                Json.text(body, "nextToken"),
                CodePipelineApi.intOrNull(body, "maxResults"),
                100,
                "InvalidNextTokenException");
        long now = state.now();
        ObjectNode answer = Json.object();
        ArrayNode summaries = answer.putArray("pipelineExecutionSummaries");
        for (PipelineRuns.Run run : page.items()) {
            ObjectNode summary = summaries
                    .addObject()
                    .put("pipelineExecutionId", run.id())
                    .put("status", run.statusAt(now))
                    .put(
                            "executionMode",
                            pipeline.current().path("executionMode").asText("SUPERSEDED"))
                    .put("executionType", "STANDARD");
            summary.set("startTime", Json.epochSeconds(run.start()));
            summary.set("lastUpdateTime", Json.epochSeconds(run.lastChange(now)));
            summary.set("trigger", trigger());
        }
        if (page.next() != null) {
            answer.put("nextToken", page.next());
        }
        return answer;
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
                    actionState.set("latestExecution", latestActionExecution(stageRun, actionRun, now));
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

    private ObjectNode latestActionExecution(PipelineRuns.StageRun stage, PipelineRuns.ActionRun action, long now) {
        String status = actionStatus(stage.statusAt(now));
        ObjectNode latest = Json.object()
                .put("actionExecutionId", action.actionExecutionId())
                .put("status", status);
        latest.set("lastStatusChange", Json.epochSeconds(now >= stage.end() ? stage.end() : stage.start()));
        if (action.buildId() != null) {
            latest.put("externalExecutionId", action.buildId());
            latest.put("externalExecutionUrl", buildUrl(action.buildId()));
        }
        if (status.equals("Failed")) {
            latest.set("errorDetails", errorDetails(stage));
        }
        return latest;
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
                    ofRun.add(0, actionExecution(run, stage, action, now));
                }
            }
            details.addAll(ofRun);
        }
        Pages.Page<ObjectNode> page = Pages.of(
                details,
                Json.text(body, "nextToken"),
                CodePipelineApi.intOrNull(body, "maxResults"),
                100,
                "InvalidNextTokenException");
        ObjectNode answer = Json.object();
        answer.putArray("actionExecutionDetails").addAll(page.items());
        if (page.next() != null) {
            answer.put("nextToken", page.next());
        }
        return answer;
    }

    private ObjectNode actionExecution(
            PipelineRuns.Run run, PipelineRuns.StageRun stage, PipelineRuns.ActionRun action, long now) {
        JsonNode declaration = action.declaration();
        String status = actionStatus(stage.statusAt(now));
        ObjectNode detail = Json.object()
                .put("pipelineExecutionId", run.id())
                .put("actionExecutionId", action.actionExecutionId())
                .put("pipelineVersion", run.version())
                .put("stageName", stage.name())
                .put("actionName", Json.text(declaration, "name"))
                .put("status", status);
        detail.set("startTime", Json.epochSeconds(stage.start()));
        detail.set("lastUpdateTime", Json.epochSeconds(now >= stage.end() ? stage.end() : stage.start()));
        ObjectNode input = detail.putObject("input");
        input.set("actionTypeId", declaration.path("actionTypeId").deepCopy());
        input.set(
                "configuration",
                declaration.path("configuration").isObject()
                        ? declaration.get("configuration").deepCopy()
                        : Json.object());
        input.set("resolvedConfiguration", input.get("configuration").deepCopy());
        input.set("inputArtifacts", artifacts(declaration, "inputArtifacts"));
        if (Json.text(declaration, "namespace") != null) {
            input.put("namespace", Json.text(declaration, "namespace"));
        }
        ObjectNode output = detail.putObject("output");
        output.set("outputArtifacts", artifacts(declaration, "outputArtifacts"));
        ObjectNode result = output.putObject("executionResult");
        if (action.buildId() != null) {
            result.put("externalExecutionId", action.buildId());
            result.put("externalExecutionUrl", buildUrl(action.buildId()));
        }
        if (status.equals("Failed")) {
            result.put(
                    "externalExecutionSummary",
                    errorDetails(stage).path("message").asText());
            result.set("errorDetails", errorDetails(stage));
        } else if (status.equals("Succeeded")) {
            result.put("externalExecutionSummary", "Succeeded");
        }
        output.putObject("outputVariables");
        return detail;
    }

    private static ArrayNode artifacts(JsonNode declaration, String field) {
        ArrayNode artifacts = Json.array();
        for (JsonNode artifact : Json.elements(declaration, field)) {
            artifacts.addObject().put("name", Json.text(artifact, "name"));
        }
        return artifacts;
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
                return errorDetails(stage).path("message").asText();
            }
        }
        return null;
    }

    private static ObjectNode errorDetails(PipelineRuns.StageRun stage) {
        String message = stage.errorMessage() != null
                ? stage.errorMessage()
                : "Stage " + stage.name() + " ended with status " + stage.status();
        return Json.object().put("code", "JobFailed").put("message", message);
    }

    /** ActionExecutionStatus has no Stopped or Cancelled: such actions are Abandoned. */
    private static String actionStatus(String stageStatus) {
        return switch (stageStatus) {
            case "InProgress", "Failed", "Succeeded" -> stageStatus;
            case "Skipped" -> "Succeeded";
            default -> "Abandoned";
        };
    }

    private static ObjectNode trigger() {
        return Json.object()
                .put("triggerType", "StartPipelineExecution")
                .put("triggerDetail", "arn:aws:iam::" + PipelineStore.ACCOUNT + ":user/cloudtest");
    }

    private static String buildUrl(String buildId) {
        return "https://console.aws.amazon.com/codebuild/home?region=us-east-1#/builds/" + buildId + "/view/new";
    }
}
