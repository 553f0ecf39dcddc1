package dev.cloudtest.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The "concurrent-writer" fault: another person edits the pipeline right after the plugin read it, so the
 * plugin's next UpdatePipeline would silently undo that edit unless it re-reads and re-plans.
 */
final class ForeignWriter {
    private ForeignWriter() {}

    /**
     * Writes a new revision of {@code name}: the fault's {@code edit} (a JSON merge patch on the declaration),
     * or by default a new pipeline variable (V2) or a new namespace on the first source action (V1).
     */
    static void edit(PipelineStore pipelines, String name, JsonNode edit, long now) {
        PipelineStore.Pipeline pipeline = pipelines.find(name);
        if (pipeline == null) {
            return;
        }
        ObjectNode declaration = pipeline.current().deepCopy();
        String marker = "ForeignEdit" + (pipeline.version() + 1);
        if (edit != null && edit.isObject()) {
            mergePatch(declaration, edit);
        } else if ("V2".equals(Json.text(declaration, "pipelineType"))) {
            if (!declaration.has("variables") || !declaration.get("variables").isArray()) {
                declaration.putArray("variables");
            }
            declaration.withArray("variables").addObject().put("name", marker).put("defaultValue", "concurrent-edit");
        } else {
            JsonNode action = declaration.path("stages").path(0).path("actions").path(0);
            if (action.isObject()) {
                ((ObjectNode) action).put("namespace", marker);
            }
        }
        pipelines.update(pipeline, declaration, now);
    }

    /** RFC 7386: objects merge recursively, null removes, anything else replaces. */
    static void mergePatch(ObjectNode target, JsonNode patch) {
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                target.remove(field.getKey());
            } else if (value.isObject() && target.path(field.getKey()).isObject()) {
                mergePatch((ObjectNode) target.get(field.getKey()), value);
            } else {
                target.set(field.getKey(), value.deepCopy());
            }
        }
    }
}
