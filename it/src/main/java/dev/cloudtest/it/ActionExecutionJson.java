package dev.cloudtest.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** How an action of a stage run looks in GetPipelineState and ListActionExecutions answers. */
final class ActionExecutionJson {
    private ActionExecutionJson() {}

    static ObjectNode latestActionExecution(PipelineRuns.StageRun stage, PipelineRuns.ActionRun action, long now) {
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

    static ObjectNode actionExecution(
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

    static ObjectNode errorDetails(PipelineRuns.StageRun stage) {
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

    private static String buildUrl(String buildId) {
        return "https://console.aws.amazon.com/codebuild/home?region=us-east-1#/builds/" + buildId + "/view/new";
    }
}
