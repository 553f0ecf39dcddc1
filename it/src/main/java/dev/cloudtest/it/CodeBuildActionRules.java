package dev.cloudtest.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Predicate;

/** What CodePipeline checks on an AWS CodeBuild action (docs/aws-apis.md §2). */
final class CodeBuildActionRules {
    private final Predicate<String> projectExists;

    CodeBuildActionRules(Predicate<String> projectExists) {
        this.projectExists = projectExists;
    }

    /** {@code unchanged}: the action is already in the stored pipeline as is, so its project is not re-checked. */
    void check(JsonNode stage, JsonNode action, boolean unchanged) {
        String name = Json.text(action, "name");
        String category = action.path("actionTypeId").path("category").asText();
        if (!List.of("Build", "Test").contains(category)) {
            throw PipelineValidator.action(
                    "Action '" + name + "': the CodeBuild provider is only available for Build and Test actions");
        }
        int inputs = Json.elements(action, "inputArtifacts").size();
        int outputs = Json.elements(action, "outputArtifacts").size();
        if (inputs < 1) {
            throw PipelineValidator.action("Action " + name + " declares " + inputs
                    + " input artifacts which is less than the minimum count (1)");
        }
        if (inputs > 5) {
            throw PipelineValidator.action("Action " + name + " declares " + inputs
                    + " input artifacts which is more than the maximum count (5)");
        }
        if (outputs > 5) {
            throw PipelineValidator.action("Action " + name + " declares " + outputs
                    + " output artifacts which is more than the maximum count (5)");
        }
        JsonNode configuration = action.path("configuration");
        String project = Json.text(configuration, "ProjectName");
        if (project == null) {
            throw PipelineValidator.action(
                    "Action configuration for action '" + name + "' is missing required configuration 'ProjectName'");
        }
        checkEnvironmentVariables(name, Json.text(configuration, "EnvironmentVariables"));
        if (inputs > 1 && Json.text(configuration, "PrimarySource") == null) {
            throw PipelineValidator.action("Action '" + name
                    + "' has more than one input artifact: configuration 'PrimarySource' is required");
        }
        if (!unchanged && !projectExists.test(project)) {
            throw PipelineValidator.action("Action configuration for action '" + name + "' in stage '"
                    + Json.text(stage, "name") + "' is not valid: the CodeBuild project '" + project
                    + "' does not exist");
        }
    }

    private static void checkEnvironmentVariables(String action, String json) {
        if (json == null) {
            return;
        }
        JsonNode variables;
        try {
            variables = Json.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw PipelineValidator.action("Action '" + action + "': EnvironmentVariables is not valid JSON");
        }
        if (variables == null || !variables.isArray()) {
            throw PipelineValidator.action("Action '" + action + "': EnvironmentVariables must be a JSON array");
        }
        for (JsonNode variable : variables) {
            String type = Json.text(variable, "type");
            if (Json.text(variable, "name") == null
                    || Json.text(variable, "value") == null
                    || (type != null
                            && !List.of("PLAINTEXT", "PARAMETER_STORE", "SECRETS_MANAGER")
                                    .contains(type))) {
                throw PipelineValidator.action("Action '" + action + "': every EnvironmentVariables entry needs a"
                        + " name and a value, and a type of PLAINTEXT, PARAMETER_STORE or SECRETS_MANAGER");
            }
        }
    }
}
