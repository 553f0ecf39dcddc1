package dev.cloudtest.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.model.PipelineJson;
import java.nio.charset.StandardCharsets;

/**
 * Whether two stages mean the same, the way CodePipeline reads them: defaults the service fills in
 * ({@code runOrder} 1, empty artifact lists and configuration) and the spelling of the EnvironmentVariables
 * JSON string do not count as differences.
 */
final class StageComparison {
    private StageComparison() {}

    static boolean sameMeaning(JsonNode a, JsonNode b) {
        return normalized(a).equals(normalized(b));
    }

    private static JsonNode normalized(JsonNode stage) {
        ObjectNode copy = stage.deepCopy();
        for (JsonNode action : copy.path("actions")) {
            if (action instanceof ObjectNode object) {
                normalizeAction(object);
            }
        }
        return copy;
    }

    private static void normalizeAction(ObjectNode action) {
        if (!action.has("runOrder")) {
            action.put("runOrder", 1);
        }
        for (String list : new String[] {"inputArtifacts", "outputArtifacts"}) {
            if (!action.has(list)) {
                action.putArray(list);
            }
        }
        if (!action.has("configuration")) {
            action.putObject("configuration");
        }
        if (action.path("configuration") instanceof ObjectNode config
                && config.path("EnvironmentVariables").isTextual()) {
            normalizeEnvironmentVariables(config);
        }
    }

    /** The JSON-in-a-string list, parsed, each variable with its default {@code type}. */
    private static void normalizeEnvironmentVariables(ObjectNode config) {
        JsonNode variables;
        try {
            variables = PipelineJson.parseObject(
                            ("{\"v\":" + config.get("EnvironmentVariables").asText() + "}")
                                    .getBytes(StandardCharsets.UTF_8),
                            "EnvironmentVariables")
                    .get("v");
        } catch (UserFixableException notJson) {
            return; // Compared as the string it is.
        }
        if (variables instanceof ArrayNode array) {
            array.forEach(v -> {
                if (v instanceof ObjectNode variable && !variable.has("type")) {
                    variable.put("type", "PLAINTEXT");
                }
            });
        }
        config.set("EnvironmentVariables", variables);
    }
}
