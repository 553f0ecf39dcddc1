package dev.cloudtest.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pipelines as CodePipeline keeps them: every revision of the declaration (stored verbatim, unknown fields
 * included), metadata and tags. Not thread-safe: callers hold the state lock.
 */
final class PipelineStore {
    static final String ACCOUNT = "123456789012";

    /** One pipeline: its revisions (index = version - 1), metadata and tags. */
    static final class Pipeline {
        final String name;
        final List<ObjectNode> revisions = new ArrayList<>();
        final ObjectNode extraMetadata;
        String arn;
        long createdMillis;
        long updatedMillis;
        ArrayNode tags = Json.array();

        Pipeline(String name, ObjectNode extraMetadata) {
            this.name = name;
            this.extraMetadata = extraMetadata;
        }

        ObjectNode current() {
            return revisions.get(revisions.size() - 1);
        }

        int version() {
            return revisions.size();
        }

        /** Arn, epoch times and seeded extras (pollingDisabledAt...). */
        ObjectNode metadata() {
            ObjectNode metadata = extraMetadata.deepCopy();
            metadata.put("pipelineArn", arn);
            metadata.set("created", Json.epochSeconds(createdMillis));
            metadata.set("updated", Json.epochSeconds(updatedMillis));
            return metadata;
        }
    }

    private final Map<String, Pipeline> pipelines = new TreeMap<>();

    Pipeline find(String name) {
        return name == null ? null : pipelines.get(name);
    }

    Pipeline get(String name) {
        Pipeline pipeline = find(name);
        if (pipeline == null) {
            throw AwsError.badRequest(
                    "PipelineNotFoundException",
                    "Account '" + ACCOUNT + "' does not have a pipeline with name '" + name + "'");
        }
        return pipeline;
    }

    List<Pipeline> all() {
        return new ArrayList<>(pipelines.values());
    }

    /** Creates a pipeline at version 1 (CreatePipeline). */
    Pipeline create(String region, ObjectNode declaration, ArrayNode tags, long nowMillis) {
        String name = Json.text(declaration, "name");
        Pipeline pipeline = new Pipeline(name, Json.object());
        pipeline.arn = arn(region, name);
        pipeline.createdMillis = nowMillis;
        pipeline.updatedMillis = nowMillis;
        pipeline.tags = tags == null ? Json.array() : tags.deepCopy();
        ObjectNode stored = declaration.deepCopy();
        stored.put("version", 1);
        pipeline.revisions.add(stored);
        pipelines.put(name, pipeline);
        return pipeline;
    }

    /**
     * Seeds a pipeline from the JSON {@code aws codepipeline get-pipeline} prints. Its version (default 1) is
     * honoured by padding the history with copies, so GetPipeline(version) answers for every earlier revision.
     */
    Pipeline seed(String region, String name, ObjectNode getPipelineJson, long nowMillis) {
        JsonNode declaration = getPipelineJson.get("pipeline");
        if (declaration == null || !declaration.isObject()) {
            throw new IllegalArgumentException("The body needs a \"pipeline\" object (the get-pipeline JSON)");
        }
        ObjectNode metadata = getPipelineJson.has("metadata")
                        && getPipelineJson.get("metadata").isObject()
                ? ((ObjectNode) getPipelineJson.get("metadata")).deepCopy()
                : Json.object();
        Pipeline pipeline = new Pipeline(name, metadata);
        String seededArn = Json.text(metadata, "pipelineArn");
        pipeline.arn = seededArn != null && seededArn.endsWith(":" + name) ? seededArn : arn(region, name);
        pipeline.createdMillis = Json.millisOf(metadata.get("created"), nowMillis);
        pipeline.updatedMillis = Json.millisOf(metadata.get("updated"), pipeline.createdMillis);
        for (String field : List.of("pipelineArn", "created", "updated")) {
            metadata.remove(field);
        }
        if (metadata.has("pollingDisabledAt")) {
            metadata.set("pollingDisabledAt", Json.epochSeconds(Json.millisOf(metadata.get("pollingDisabledAt"), 0)));
        }
        JsonNode tags = getPipelineJson.get("tags");
        pipeline.tags = tags != null && tags.isArray() ? (ArrayNode) tags.deepCopy() : Json.array();
        ObjectNode stored = ((ObjectNode) declaration).deepCopy();
        stored.put("name", name);
        int version = Math.max(1, stored.path("version").asInt(1));
        for (int v = 1; v <= version; v++) {
            pipeline.revisions.add(stored.deepCopy().put("version", v));
        }
        pipelines.put(name, pipeline);
        return pipeline;
    }

    /** Stores a new revision: the declaration as sent, with the server's own next version number. */
    ObjectNode update(Pipeline pipeline, ObjectNode declaration, long nowMillis) {
        ObjectNode stored = declaration.deepCopy();
        stored.put("version", pipeline.version() + 1);
        pipeline.revisions.add(stored);
        pipeline.updatedMillis = nowMillis;
        return stored;
    }

    ObjectNode revision(Pipeline pipeline, int version) {
        if (version < 1 || version > pipeline.version()) {
            throw AwsError.badRequest(
                    "PipelineVersionNotFoundException",
                    "Pipeline '" + pipeline.name + "' does not have version " + version);
        }
        return pipeline.revisions.get(version - 1);
    }

    void delete(String name) {
        pipelines.remove(name);
    }

    Pipeline byArn(String arn) {
        return pipelines.values().stream()
                .filter(p -> p.arn.equals(arn))
                .findFirst()
                .orElseThrow(() -> AwsError.badRequest(
                        "ResourceNotFoundException", "The resource with ARN '" + arn + "' was not found"));
    }

    static String arn(String region, String name) {
        return "arn:aws:codepipeline:" + region + ":" + ACCOUNT + ":" + name;
    }
}
