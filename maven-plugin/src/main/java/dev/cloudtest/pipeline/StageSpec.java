package dev.cloudtest.pipeline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudtest.buildspec.BuildspecFiles;
import dev.cloudtest.core.Secrets;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.model.Names;
import dev.cloudtest.model.PipelineJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stage the user asked for, from the goal's parameters: one CodeBuild test action in its own stage.
 *
 * @param after the stage the new one goes after ({@code cloudtest.after})
 * @param stageName {@code cloudtest.stageName}
 * @param actionName {@code cloudtest.actionName}
 * @param inputArtifact {@code cloudtest.inputArtifact}
 * @param outputArtifact {@code cloudtest.outputArtifact}; empty or {@code none} for none
 * @param project {@code cloudtest.project}, the CodeBuild project the action runs
 * @param environmentVariables action environment variables, name to value; a value may start with
 *     {@code parameter-store:} or {@code secrets-manager:} to pass a reference instead of plain text
 * @param shards {@code cloudtest.shards}; above 1 the action runs a batch build ({@code BatchEnabled})
 */
public record StageSpec(
        String after,
        String stageName,
        String actionName,
        String inputArtifact,
        String outputArtifact,
        String project,
        Map<String, String> environmentVariables,
        int shards) {

    /** CodePipeline's limit for the EnvironmentVariables configuration value (docs/aws-apis.md §2). */
    public static final int MAX_ENVIRONMENT_JSON = 1000;

    public StageSpec {
        environmentVariables = new LinkedHashMap<>(environmentVariables == null ? Map.of() : environmentVariables);
        outputArtifact =
                outputArtifact == null || outputArtifact.trim().equalsIgnoreCase("none") ? "" : outputArtifact.trim();
    }

    /**
     * The action's variables from the POM map and the command line ({@code NAME=value,NAME2=value}); the command
     * line wins for a name given twice.
     */
    public static Map<String, String> variables(Map<String, String> fromPom, String fromCommandLine) {
        Map<String, String> all = new LinkedHashMap<>(fromPom == null ? Map.of() : fromPom);
        if (fromCommandLine != null && !fromCommandLine.isBlank()) {
            for (String pair : fromCommandLine.split(",")) {
                int equals = pair.indexOf('=');
                if (equals <= 0) {
                    throw new UserFixableException("cloudtest.environment: '" + pair.trim() + "' is not NAME=value;"
                            + " write for example -Dcloudtest.environment=ENV_STACK_NAME=my-stack");
                }
                all.put(
                        pair.substring(0, equals).trim(),
                        pair.substring(equals + 1).trim());
            }
        }
        return all;
    }

    /** The parameters' own problems, each naming the parameter; empty when the spec is usable. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Names.STAGE.problem(after).ifPresent(p -> problems.add("cloudtest.after: " + p));
        Names.STAGE.problem(stageName).ifPresent(p -> problems.add("cloudtest.stageName: " + p));
        Names.ACTION.problem(actionName).ifPresent(p -> problems.add("cloudtest.actionName: " + p));
        Names.ARTIFACT.problem(inputArtifact).ifPresent(p -> problems.add("cloudtest.inputArtifact: " + p));
        if (!outputArtifact.isEmpty()) {
            Names.ARTIFACT.problem(outputArtifact).ifPresent(p -> problems.add("cloudtest.outputArtifact: " + p));
            if (outputArtifact.equals(inputArtifact)) {
                problems.add("cloudtest.outputArtifact: '" + outputArtifact + "' is also the input artifact;"
                        + " give the output its own name or leave it empty");
            }
        }
        Names.PROJECT.problem(project).ifPresent(p -> problems.add("cloudtest.project: " + p));
        if (stageName != null && stageName.equals(after)) {
            problems.add("cloudtest.stageName and cloudtest.after are both '" + after + "'");
        }
        if (shards < 1 || shards > BuildspecFiles.MAX_SHARDS) {
            problems.add("cloudtest.shards is " + shards + "; use 1 (one build) to " + BuildspecFiles.MAX_SHARDS);
        }
        environmentVariables.forEach((name, value) -> {
            Names.VARIABLE.problem(name).ifPresent(p -> problems.add("environment variable: " + p));
            Variable variable = Variable.of(name, value);
            if (variable.value().isEmpty()) {
                problems.add("environment variable " + name + " has an empty value");
            } else if (variable.type().equals("PARAMETER_STORE") && !Secrets.looksLikeParameterName(variable.value())) {
                // The value is not repeated: it may be the secret itself.
                problems.add("environment variable " + name + ": parameter-store: takes a Parameter Store"
                        + " parameter name (/parameter/name or its ARN), and this value does not look like one;"
                        + " store the value in Parameter Store and pass its name");
            } else if (variable.type().equals("SECRETS_MANAGER")
                    && !Secrets.looksLikeSecretReference(variable.value())) {
                problems.add("environment variable " + name + ": secrets-manager: takes a Secrets Manager"
                        + " reference (secret-id[:json-key[:version-stage[:version-id]]] or its ARN), and this value"
                        + " does not look like one; store the value in Secrets Manager and pass its id");
            } else if (variable.type().equals("PLAINTEXT") && Secrets.looksLikeSecret(name, variable.value())) {
                // The value is not repeated: it would end up in the build log.
                problems.add("environment variable " + name + " looks like a secret in plain text (anyone who can"
                        + " read the pipeline sees it); pass a reference instead: " + name
                        + "=parameter-store:/parameter/name or " + name + "=secrets-manager:secret-id");
            }
        });
        environmentJson()
                .filter(json -> json.length() > MAX_ENVIRONMENT_JSON)
                .ifPresent(json -> problems.add("the action's EnvironmentVariables JSON is " + json.length()
                        + " characters; CodePipeline allows " + MAX_ENVIRONMENT_JSON + ". Pass fewer or shorter"
                        + " variables, or read values at run time (for example from the stack outputs)"));
        return problems;
    }

    /** The stage as it appears in the declaration's {@code stages} array. */
    public ObjectNode desiredStage() {
        ObjectNode stage = PipelineJson.newObject();
        stage.put("name", stageName);
        stage.putArray("actions").add(desiredAction());
        return stage;
    }

    /** The CodeBuild action, with every default spelled out as get-pipeline prints it. */
    public ObjectNode desiredAction() {
        ObjectNode action = PipelineJson.newObject();
        action.put("name", actionName);
        ObjectNode type = action.putObject("actionTypeId");
        type.put("category", "Test")
                .put("owner", "AWS")
                .put("provider", "CodeBuild")
                .put("version", "1");
        action.put("runOrder", 1);
        ObjectNode configuration = action.putObject("configuration");
        if (shards > 1) {
            configuration.put("BatchEnabled", "true");
        }
        environmentJson().ifPresent(json -> configuration.put("EnvironmentVariables", json));
        configuration.put("ProjectName", project);
        ArrayNode outputs = action.putArray("outputArtifacts");
        if (!outputArtifact.isEmpty()) {
            outputs.addObject().put("name", outputArtifact);
        }
        action.putArray("inputArtifacts").addObject().put("name", inputArtifact);
        return action;
    }

    /** The EnvironmentVariables configuration value, when there are variables. */
    public Optional<String> environmentJson() {
        if (environmentVariables.isEmpty()) {
            return Optional.empty();
        }
        ArrayNode array = PipelineJson.mapper().createArrayNode();
        environmentVariables.forEach((name, value) -> {
            Variable variable = Variable.of(name, value);
            array.addObject().put("name", name).put("value", variable.value()).put("type", variable.type());
        });
        return Optional.of(PipelineJson.compact(array));
    }

    /** One action environment variable with its CodeBuild type. */
    record Variable(String type, String value) {
        static Variable of(String name, String raw) {
            String value = raw == null ? "" : raw;
            if (value.startsWith("parameter-store:")) {
                return new Variable("PARAMETER_STORE", value.substring("parameter-store:".length()));
            }
            if (value.startsWith("secrets-manager:")) {
                return new Variable("SECRETS_MANAGER", value.substring("secrets-manager:".length()));
            }
            return new Variable("PLAINTEXT", value);
        }
    }
}
