package dev.cloudtest.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The CodePipeline operations moto answers differently from AWS (docs/aws-apis.md §7.2, moto/codepipeline/models.py):
 * no structural validation on UpdatePipeline, few checks on CreatePipeline, defaults filled into every action,
 * ListPipelines without pages and with ISO-8601 times.
 */
final class MotoCodePipeline {
    private static final Set<String> OPERATIONS = Set.of("CreatePipeline", "UpdatePipeline", "ListPipelines");

    private final LocalAwsState state;

    MotoCodePipeline(LocalAwsState state) {
        this.state = state;
    }

    boolean handles(String operation) {
        return OPERATIONS.contains(operation);
    }

    JsonNode handle(String operation, JsonNode body, String region) {
        return switch (operation) {
            case "CreatePipeline" -> createPipeline(body, region);
            case "UpdatePipeline" -> updatePipeline(body);
            default -> listPipelines();
        };
    }

    /** Checks in moto's order: duplicate name, role, stage count; tags only after the pipeline is stored. */
    private JsonNode createPipeline(JsonNode body, String region) {
        ObjectNode declaration = withDefaults(PipelineValidator.asObject(body.get("pipeline")));
        String name = Json.text(declaration, "name");
        if (state.pipelines.find(name) != null) {
            throw structure("A pipeline with the name '" + name + "' already exists in account '"
                    + PipelineStore.ACCOUNT + "'");
        }
        String role = Json.text(declaration, "roleArn");
        if (role == null || !role.startsWith("arn:") || !state.codeBuild.hasRole(role)) {
            throw structure("CodePipeline is not authorized to perform AssumeRole on role " + role);
        }
        int stages = Json.elements(declaration, "stages").size();
        if (stages < 2) {
            throw structure(
                    "Pipeline has only " + stages + " stage(s). There should be a minimum of 2 stages in a pipeline");
        }
        ArrayNode tags = body.has("tags") && body.get("tags").isArray() ? (ArrayNode) body.get("tags") : Json.array();
        PipelineStore.Pipeline pipeline = state.pipelines.create(region, declaration, Json.array(), state.now());
        checkTags(pipeline, tags);
        pipeline.tags = sortedByKey(tags);
        ObjectNode answer = Json.object();
        answer.set("pipeline", pipeline.current().deepCopy());
        answer.set("tags", pipeline.tags.deepCopy());
        return answer;
    }

    /** No validation at all; an unknown pipeline is a ResourceNotFoundException. */
    private JsonNode updatePipeline(JsonNode body) {
        ObjectNode declaration = withDefaults(PipelineValidator.asObject(body.get("pipeline")));
        String name = Json.text(declaration, "name");
        PipelineStore.Pipeline pipeline = state.pipelines.find(name);
        if (pipeline == null) {
            throw AwsError.badRequest(
                    "ResourceNotFoundException",
                    "The account with id '" + PipelineStore.ACCOUNT + "' does not include a pipeline with the name '"
                            + name + "'");
        }
        ObjectNode stored = state.pipelines.update(pipeline, declaration, state.now());
        return Json.object().set("pipeline", stored.deepCopy());
    }

    /** Every pipeline in one answer (no nextToken), sorted by name: name, version, created, updated only. */
    private JsonNode listPipelines() {
        ObjectNode answer = Json.object();
        ArrayNode summaries = answer.putArray("pipelines");
        for (PipelineStore.Pipeline pipeline : state.pipelines.all()) {
            ObjectNode summary =
                    summaries.addObject().put("name", pipeline.name).put("version", pipeline.version());
            summary.set("created", Json.time(pipeline.createdMillis, Dialect.MOTO));
            summary.set("updated", Json.time(pipeline.updatedMillis, Dialect.MOTO));
        }
        return answer;
    }

    /** moto's {@code add_default_values}: runOrder 1, empty configuration and artifact lists. */
    private static ObjectNode withDefaults(ObjectNode declaration) {
        ObjectNode copy = declaration.deepCopy();
        for (JsonNode stage : Json.elements(copy, "stages")) {
            for (JsonNode action : Json.elements(stage, "actions")) {
                if (action instanceof ObjectNode object) {
                    if (!object.has("runOrder")) {
                        object.put("runOrder", 1);
                    }
                    if (!object.has("configuration")) {
                        object.putObject("configuration");
                    }
                    for (String list : List.of("outputArtifacts", "inputArtifacts")) {
                        if (!object.has(list)) {
                            object.putArray(list);
                        }
                    }
                }
            }
        }
        return copy;
    }

    private static void checkTags(PipelineStore.Pipeline pipeline, ArrayNode tags) {
        for (JsonNode tag : tags) {
            if (String.valueOf(Json.text(tag, "key")).startsWith("aws:")) {
                throw AwsError.badRequest(
                        "InvalidTagsException",
                        "Not allowed to modify system tags. System tags start with 'aws:'. msg=[Caller is an end"
                                + " user and not allowed to mutate system tags]");
            }
        }
        if (tags.size() > 50) {
            throw AwsError.badRequest(
                    "TooManyTagsException", "Tag limit exceeded for resource [" + pipeline.arn + "].");
        }
    }

    private static ArrayNode sortedByKey(ArrayNode tags) {
        List<JsonNode> list = new ArrayList<>();
        tags.forEach(tag -> list.add(tag.deepCopy()));
        list.sort(Comparator.comparing(tag -> String.valueOf(Json.text(tag, "key"))));
        return Json.array().addAll(list);
    }

    private static AwsError structure(String message) {
        return AwsError.badRequest("InvalidStructureException", message);
    }
}
