package dev.cloudtest.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The control API's resource routes: seed and read pipelines, run plans, projects, roles, builds, stacks. */
final class ControlSeeds {
    private final LocalAwsState state;

    ControlSeeds(LocalAwsState state) {
        this.state = state;
    }

    /** Answers {@code <service>/<kind>/<name>[/<sub>]}; null when no route matches. Caller holds the lock. */
    JsonNode route(String method, List<String> path, byte[] body, String version) {
        String kind = path.get(0) + "/" + path.get(1);
        String name = path.get(2);
        String sub = path.size() > 3 ? path.get(3) : "";
        String region = LocalAwsState.CONTROL_REGION;
        switch (method + " " + kind + (sub.isEmpty() ? "" : "/" + sub)) {
            case "PUT codepipeline/pipelines" -> {
                PipelineStore.Pipeline pipeline =
                        state.pipelines.seed(region, name, ControlApi.bodyObject(body), state.now());
                return pipelineJson(pipeline, pipeline.current());
            }
            case "GET codepipeline/pipelines" -> {
                PipelineStore.Pipeline pipeline = state.pipelines.find(name);
                if (pipeline == null) {
                    return null;
                }
                JsonNode declaration = version == null
                        ? pipeline.current()
                        : state.pipelines.revision(pipeline, Integer.parseInt(version));
                return pipelineJson(pipeline, declaration);
            }
            case "PUT codepipeline/pipelines/run-plan" -> {
                state.runs.putPlan(name, ControlApi.bodyObject(body));
                return Json.object().put("status", "stored");
            }
            case "POST codepipeline/pipelines/executions" -> {
                PipelineStore.Pipeline pipeline = state.pipelines.get(name);
                PipelineRuns.Run run = state.runs.start(
                        region,
                        name,
                        pipeline.current(),
                        state.now(),
                        null,
                        Json.object().missingNode(),
                        state.codeBuild);
                return Json.object().put("pipelineExecutionId", run.id());
            }
            case "PUT codebuild/projects" -> {
                return seedProject(region, name, ControlApi.bodyObject(body));
            }
            case "GET codebuild/projects" -> {
                ObjectNode project = state.codeBuild.project(name);
                return project == null ? null : project.deepCopy();
            }
            case "PUT codebuild/builds" -> {
                return seedBuild(region, name, ControlApi.bodyObject(body));
            }
            case "PUT iam/roles" -> {
                state.codeBuild.putRole(name);
                return Json.object().put("arn", "arn:aws:iam::" + PipelineStore.ACCOUNT + ":role/" + name);
            }
            case "PUT cloudformation/stacks" -> {
                return state.stacks.seed(region, name, ControlApi.bodyObject(body), state.now());
            }
            default -> {
                return null;
            }
        }
    }

    private static JsonNode pipelineJson(PipelineStore.Pipeline pipeline, JsonNode declaration) {
        ObjectNode answer = Json.object();
        answer.set("pipeline", declaration.deepCopy());
        answer.set("metadata", pipeline.metadata());
        answer.set("tags", pipeline.tags.deepCopy());
        return answer;
    }

    private JsonNode seedProject(String region, String name, ObjectNode project) {
        project.put("name", name);
        if (!project.has("arn")) {
            project.put("arn", "arn:aws:codebuild:" + region + ":" + PipelineStore.ACCOUNT + ":project/" + name);
        }
        for (String time : List.of("created", "lastModified")) {
            project.set(time, Json.epochSeconds(Json.millisOf(project.get(time), state.now())));
        }
        state.codeBuild.putProject(project);
        return project.deepCopy();
    }

    /** A finished build with reports, for tests that read builds without running a pipeline. */
    private JsonNode seedBuild(String region, String id, ObjectNode plan) {
        plan.put("id", id);
        String project = id.contains(":") ? id.substring(0, id.indexOf(':')) : id;
        long now = state.now();
        String status = plan.path("buildStatus").asText("SUCCEEDED");
        String built = state.codeBuild.addBuild(
                region,
                project,
                plan.path("initiator").asText("cloudtest"),
                now,
                now + plan.path("durationMillis").asLong(0),
                status,
                plan);
        return state.codeBuild.build(built).at(Long.MAX_VALUE);
    }
}
