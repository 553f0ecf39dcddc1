package dev.cloudtest.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** CodePipeline (2015-07-09): pipeline declarations and tags; executions are answered by {@link PipelineRunApi}. */
final class CodePipelineApi implements JsonApi {
    private final LocalAwsState state;
    private final PipelineRunApi runs;

    CodePipelineApi(LocalAwsState state) {
        this.state = state;
        this.runs = new PipelineRunApi(state);
    }

    @Override
    public String service() {
        return "CodePipeline";
    }

    @Override
    public String targetPrefix() {
        return "CodePipeline_20150709";
    }

    @Override
    public String resourceOf(String operation, JsonNode body) {
        for (String field : List.of("name", "pipelineName")) {
            if (Json.text(body, field) != null) {
                return Json.text(body, field);
            }
        }
        if (Json.text(body.path("pipeline"), "name") != null) {
            return Json.text(body.path("pipeline"), "name");
        }
        String arn = Json.text(body, "resourceArn");
        return arn == null ? "" : arn.substring(arn.lastIndexOf(':') + 1);
    }

    @Override
    public JsonNode handle(String operation, JsonNode body, String region, Dialect dialect) {
        return switch (operation) {
            case "GetPipeline" -> getPipeline(body, dialect);
            case "UpdatePipeline" -> updatePipeline(body, region);
            case "CreatePipeline" -> createPipeline(body, region);
            case "DeletePipeline" -> deletePipeline(body);
            case "ListPipelines" -> listPipelines(body);
            case "ListTagsForResource" -> listTags(body);
            case "TagResource" -> tagResource(body);
            case "UntagResource" -> untagResource(body);
            default -> runs.handle(operation, body, region);
        };
    }

    private JsonNode getPipeline(JsonNode body, Dialect dialect) {
        PipelineStore.Pipeline pipeline = state.pipelines.get(requiredName(body, "name"));
        ObjectNode declaration = body.has("version")
                ? state.pipelines.revision(pipeline, body.get("version").asInt())
                : pipeline.current();
        ObjectNode answer = Json.object();
        answer.set("pipeline", declaration.deepCopy());
        answer.set("metadata", pipeline.metadata());
        return answer;
    }

    private JsonNode updatePipeline(JsonNode body, String region) {
        ObjectNode declaration = PipelineValidator.asObject(body.get("pipeline"));
        PipelineStore.Pipeline pipeline = state.pipelines.get(Json.text(declaration, "name"));
        validator(region).validate(declaration, pipeline.current());
        ObjectNode stored = state.pipelines.update(pipeline, declaration, state.now());
        state.runs.cancelInProgress(pipeline.name, state.now(), state.codeBuild);
        return Json.object().set("pipeline", stored.deepCopy());
    }

    private JsonNode createPipeline(JsonNode body, String region) {
        ObjectNode declaration = PipelineValidator.asObject(body.get("pipeline"));
        String name = Json.text(declaration, "name");
        if (state.pipelines.find(name) != null) {
            throw AwsError.badRequest(
                    "PipelineNameInUseException",
                    "A pipeline with the name '" + name + "' already exists in account '" + PipelineStore.ACCOUNT
                            + "'");
        }
        validator(region).validate(declaration, null);
        ArrayNode tags = body.has("tags") ? (ArrayNode) body.get("tags") : Json.array();
        checkTags(tags);
        PipelineStore.Pipeline pipeline = state.pipelines.create(region, declaration, tags, state.now());
        ObjectNode answer = Json.object();
        answer.set("pipeline", pipeline.current().deepCopy());
        answer.set("tags", pipeline.tags.deepCopy());
        return answer;
    }

    private JsonNode deletePipeline(JsonNode body) {
        state.pipelines.delete(requiredName(body, "name"));
        return Json.object();
    }

    private JsonNode listPipelines(JsonNode body) {
        return Pages.of(body, state.pipelines.all(), 100, "InvalidNextTokenException")
                .answer("pipelines", CodePipelineApi::summary);
    }

    private static ObjectNode summary(PipelineStore.Pipeline pipeline) {
        ObjectNode declaration = pipeline.current();
        ObjectNode summary = Json.object().put("name", pipeline.name).put("version", pipeline.version());
        summary.put("pipelineType", declaration.path("pipelineType").asText("V1"));
        summary.put("executionMode", declaration.path("executionMode").asText("SUPERSEDED"));
        summary.set("created", Json.epochSeconds(pipeline.createdMillis));
        summary.set("updated", Json.epochSeconds(pipeline.updatedMillis));
        return summary;
    }

    private JsonNode listTags(JsonNode body) {
        PipelineStore.Pipeline pipeline = state.pipelines.byArn(Json.text(body, "resourceArn"));
        return Json.object().set("tags", pipeline.tags.deepCopy());
    }

    private JsonNode tagResource(JsonNode body) {
        PipelineStore.Pipeline pipeline = state.pipelines.byArn(Json.text(body, "resourceArn"));
        ArrayNode tags = body.has("tags") && body.get("tags").isArray() ? (ArrayNode) body.get("tags") : Json.array();
        checkTags(tags);
        for (JsonNode tag : tags) {
            removeTag(pipeline, Json.text(tag, "key"));
            pipeline.tags.add(tag.deepCopy());
        }
        return Json.object();
    }

    private JsonNode untagResource(JsonNode body) {
        PipelineStore.Pipeline pipeline = state.pipelines.byArn(Json.text(body, "resourceArn"));
        for (JsonNode key : body.path("tagKeys")) {
            removeTag(pipeline, key.asText());
        }
        return Json.object();
    }

    private static void removeTag(PipelineStore.Pipeline pipeline, String key) {
        for (int i = pipeline.tags.size() - 1; i >= 0; i--) {
            if (key.equals(Json.text(pipeline.tags.get(i), "key"))) {
                pipeline.tags.remove(i);
            }
        }
    }

    private static void checkTags(ArrayNode tags) {
        if (tags.size() > 50) {
            throw AwsError.badRequest("TooManyTagsException", "A pipeline can have at most 50 tags");
        }
        for (JsonNode tag : tags) {
            String key = Json.text(tag, "key");
            if (key == null || key.isEmpty() || key.length() > 128 || key.startsWith("aws:")) {
                throw AwsError.badRequest(
                        "InvalidTagsException",
                        "Tag key '" + key + "' is not valid: 1-128"
                                + " characters, and the prefix 'aws:' is reserved for AWS");
            }
        }
    }

    private PipelineValidator validator(String region) {
        return new PipelineValidator(region, state.codeBuild::hasProject);
    }

    static String requiredName(JsonNode body, String field) {
        Constraints c = new Constraints();
        String name = c.string(field, body, field, true, 1, 100, PipelineValidator.NAME);
        c.throwIfAny("ValidationException");
        return name;
    }

    static Integer intOrNull(JsonNode body, String field) {
        return body.hasNonNull(field) ? body.get(field).asInt() : null;
    }
}
