package dev.cloudtest.pipeline;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The stage as it belongs in an {@code AWS::CodePipeline::Pipeline} template, for pipelines a stack owns: the
 * next stack update would remove a stage added through the API, so the template is where it must go.
 */
public final class CloudFormationSnippet {
    private CloudFormationSnippet() {}

    public static String of(JsonNode stage) {
        StringBuilder yaml = new StringBuilder("        - Name: ")
                .append(stage.path("name").asText())
                .append('\n');
        yaml.append("          Actions:\n");
        for (JsonNode action : stage.path("actions")) {
            JsonNode type = action.path("actionTypeId");
            yaml.append("            - Name: ")
                    .append(action.path("name").asText())
                    .append('\n');
            yaml.append("              ActionTypeId:\n");
            yaml.append("                Category: ")
                    .append(type.path("category").asText())
                    .append('\n');
            yaml.append("                Owner: ")
                    .append(type.path("owner").asText())
                    .append('\n');
            yaml.append("                Provider: ")
                    .append(type.path("provider").asText())
                    .append('\n');
            yaml.append("                Version: \"")
                    .append(type.path("version").asText())
                    .append("\"\n");
            yaml.append("              RunOrder: ")
                    .append(action.path("runOrder").asInt(1))
                    .append('\n');
            yaml.append("              Configuration:\n");
            action.path("configuration").properties().forEach(e -> yaml.append("                ")
                    .append(e.getKey())
                    .append(": ")
                    .append(quoted(e.getValue().asText()))
                    .append('\n'));
            artifacts(yaml, "InputArtifacts", action.path("inputArtifacts"));
            artifacts(yaml, "OutputArtifacts", action.path("outputArtifacts"));
        }
        return yaml.toString();
    }

    private static void artifacts(StringBuilder yaml, String key, JsonNode list) {
        if (list.isEmpty()) {
            return;
        }
        yaml.append("              ").append(key).append(":\n");
        list.forEach(a -> yaml.append("                - Name: ")
                .append(a.path("name").asText())
                .append('\n'));
    }

    /** A single-quoted YAML scalar: nothing in it is interpreted. */
    private static String quoted(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
