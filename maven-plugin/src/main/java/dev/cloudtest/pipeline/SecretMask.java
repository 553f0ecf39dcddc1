package dev.cloudtest.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.cloudtest.core.Secrets;
import dev.cloudtest.model.PipelineJson;
import java.util.Iterator;
import java.util.Map;

/**
 * A pipeline declaration (or part of one) as it may be shown: every value {@link Secrets} calls a secret is
 * {@link Secrets#MASK masked}, including those already in the pipeline: a {@code PLAINTEXT} entry of an action's
 * {@code EnvironmentVariables} ({@code [{"name":"DB_PASSWORD","value":"...","type":"PLAINTEXT"}]}), a
 * CloudFormation action's {@code ParameterOverrides} ({@code {"DbPassword":"..."}}), a configuration field such as
 * {@code OAuthToken}, and any secret-shaped text. JSON held in a string is masked inside and written back compact.
 * Used for diffs, plans, dry runs and result files; the declaration sent to AWS (or written for update-pipeline)
 * keeps the real values.
 */
final class SecretMask {
    private static final int MAX_DEPTH = 64;

    private SecretMask() {}

    /** A masked copy; {@code node} itself is not changed. */
    static JsonNode of(JsonNode node) {
        return node == null ? null : mask(node.deepCopy(), 0);
    }

    private static JsonNode mask(JsonNode node, int depth) {
        if (depth > MAX_DEPTH) {
            return node;
        }
        if (node instanceof ObjectNode object) {
            maskVariable(object);
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (value.isTextual()) {
                    field.setValue(TextNode.valueOf(maskText(field.getKey(), value.asText(), depth)));
                } else {
                    field.setValue(mask(value, depth + 1));
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                array.set(
                        i,
                        item.isTextual()
                                ? TextNode.valueOf(maskText("", item.asText(), depth))
                                : mask(item, depth + 1));
            }
        } else if (node.isTextual()) {
            return TextNode.valueOf(maskText("", node.asText(), depth));
        }
        return node;
    }

    /** {@code {"name": "DB_PASSWORD", "value": "...", "type": "PLAINTEXT"}}: an action or project variable. */
    private static void maskVariable(ObjectNode object) {
        JsonNode name = object.get("name");
        JsonNode value = object.get("value");
        String type = object.path("type").asText("PLAINTEXT");
        if (name != null
                && name.isTextual()
                && value != null
                && value.isTextual()
                && type.equals("PLAINTEXT")
                && Secrets.looksLikeSecret(name.asText(), value.asText())) {
            object.put("value", Secrets.MASK);
        }
    }

    private static String maskText(String name, String text, int depth) {
        String trimmed = text.strip();
        if ((trimmed.startsWith("{") || trimmed.startsWith("["))
                && trimmed.length() <= PipelineJson.MAX_DOCUMENT_BYTES) {
            try {
                JsonNode inner = PipelineJson.mapper().readTree(trimmed);
                JsonNode masked = mask(inner.deepCopy(), depth + 1);
                return masked.equals(inner) ? text : PipelineJson.compact(masked);
            } catch (JsonProcessingException notJson) {
                // plain text that starts with a bracket
            }
        }
        return Secrets.looksLikeSecret(name, text) ? Secrets.MASK : Secrets.maskText(text);
    }
}
