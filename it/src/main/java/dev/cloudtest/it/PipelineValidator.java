package dev.cloudtest.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The checks CodePipeline makes on Create/UpdatePipeline (docs/aws-apis.md §1.3–1.8): model constraints first
 * ({@link PipelineConstraints}), then the structural rules, each with its own exception.
 */
final class PipelineValidator {
    static final String NAME = "[A-Za-z0-9.@\\-_]+";
    static final String ARTIFACT = "[a-zA-Z0-9_\\-]+";
    static final String NAMESPACE = "[A-Za-z0-9@\\-_]+";
    static final String ROLE_ARN = "arn:aws(-[\\w]+)*:iam::[0-9]{12}:role/.*";
    static final String TYPE_PART = "[0-9A-Za-z_-]+";

    private final String region;
    private final Predicate<String> projectExists;

    PipelineValidator(String region, Predicate<String> projectExists) {
        this.region = region;
        this.projectExists = projectExists;
    }

    /** Validates {@code declaration}; actions equal to one in {@code previous} are not re-checked against CodeBuild. */
    void validate(JsonNode declaration, JsonNode previous) {
        PipelineConstraints.check(declaration);
        checkStructure(declaration);
        checkActions(declaration, previous);
    }

    private void checkStructure(JsonNode p) {
        boolean store = p.has("artifactStore") && !p.get("artifactStore").isNull();
        boolean stores = p.has("artifactStores") && !p.get("artifactStores").isNull();
        if (store == stores) {
            throw structure("Pipeline must have exactly one of 'artifactStore' or 'artifactStores'"
                    + (store ? ", not both" : ""));
        }
        if (stores && !p.get("artifactStores").has(region)) {
            throw structure("artifactStores must contain an artifact store for the pipeline's Region " + region);
        }
        List<JsonNode> stages = Json.elements(p, "stages");
        if (stages.size() < 2) {
            throw structure("Pipeline has only " + stages.size()
                    + " stage(s). There should be a minimum of 2 stages in a pipeline");
        }
        boolean v2 = "V2".equals(Json.text(p, "pipelineType"));
        if (!v2 && !Json.elements(p, "triggers").isEmpty()) {
            throw structure("Triggers can only be used with V2 pipelines");
        }
        if (!v2 && !Json.elements(p, "variables").isEmpty()) {
            throw structure("Pipeline variables can only be used with V2 pipelines");
        }
        String mode = Json.text(p, "executionMode");
        if (!v2 && ("QUEUED".equals(mode) || "PARALLEL".equals(mode))) {
            throw structure("Execution mode " + mode + " can only be used with V2 pipelines");
        }
        Set<String> stageNames = new HashSet<>();
        for (int i = 0; i < stages.size(); i++) {
            JsonNode stage = stages.get(i);
            String name = Json.text(stage, "name");
            if (!stageNames.add(name)) {
                throw structure("Stage names must be unique within a pipeline: '" + name + "' is used more than once");
            }
            List<JsonNode> actions = Json.elements(stage, "actions");
            if (actions.isEmpty()) {
                throw AwsError.badRequest(
                        "InvalidStageDeclarationException", "Stage '" + name + "' must contain at least one action");
            }
            for (JsonNode action : actions) {
                boolean source = "Source"
                        .equals(action.path("actionTypeId").path("category").asText());
                if (i == 0 && !source) {
                    throw structure("Stage '" + name + "' is the first stage: it must contain only source actions");
                }
                if (i > 0 && source) {
                    throw structure("Source actions are only allowed in the first stage; stage '" + name
                            + "' contains source action '" + Json.text(action, "name") + "'");
                }
            }
        }
    }

    private void checkActions(JsonNode p, JsonNode previous) {
        Map<String, String> producedBy = new HashMap<>();
        Set<String> namespaces = new HashSet<>();
        for (JsonNode stage : Json.elements(p, "stages")) {
            String stageName = Json.text(stage, "name");
            List<JsonNode> actions = Json.elements(stage, "actions");
            Set<String> actionNames = new HashSet<>();
            for (JsonNode action : actions) {
                String name = Json.text(action, "name");
                if (!actionNames.add(name)) {
                    throw action("Action names must be unique within a stage: stage '" + stageName
                            + "' has more than one action named '" + name + "'");
                }
            }
            for (int runOrder : runOrders(actions)) {
                for (JsonNode action : actions) {
                    if (action.path("runOrder").asInt(1) == runOrder) {
                        checkInputs(stageName, action, producedBy);
                    }
                }
                for (JsonNode action : actions) {
                    if (action.path("runOrder").asInt(1) == runOrder) {
                        recordOutputs(action, producedBy);
                    }
                }
            }
            for (JsonNode action : actions) {
                checkAction(p, stage, action, namespaces, previous);
            }
        }
        for (String namespace : namespaces) {
            if (producedBy.containsKey(namespace)) {
                throw action("Namespace '" + namespace + "' must not have the same name as an artifact");
            }
        }
    }

    private static List<Integer> runOrders(List<JsonNode> actions) {
        return actions.stream()
                .map(a -> a.path("runOrder").asInt(1))
                .distinct()
                .sorted()
                .toList();
    }

    private static void checkInputs(String stageName, JsonNode action, Map<String, String> producedBy) {
        for (JsonNode input : Json.elements(action, "inputArtifacts")) {
            String artifact = Json.text(input, "name");
            if (!producedBy.containsKey(artifact)) {
                throw structure("Input Artifact Bundle '" + artifact + "' of action '" + Json.text(action, "name")
                        + "' in stage '" + stageName + "' is not declared as an output artifact of any preceding"
                        + " action");
            }
        }
    }

    private static void recordOutputs(JsonNode action, Map<String, String> producedBy) {
        for (JsonNode output : Json.elements(action, "outputArtifacts")) {
            String artifact = Json.text(output, "name");
            String previous = producedBy.putIfAbsent(artifact, Json.text(action, "name"));
            if (previous != null) {
                throw structure("Output Artifact Bundle name must be unique within the pipeline: '" + artifact
                        + "' is output by both '" + previous + "' and '" + Json.text(action, "name") + "'");
            }
        }
    }

    private void checkAction(JsonNode p, JsonNode stage, JsonNode action, Set<String> namespaces, JsonNode previous) {
        String name = Json.text(action, "name");
        JsonNode type = action.path("actionTypeId");
        String namespace = Json.text(action, "namespace");
        if (namespace != null && !namespaces.add(namespace)) {
            throw action("Namespaces must be unique across the pipeline definition: '" + namespace
                    + "' is used by more than one action");
        }
        if (action.has("commands") && !"Compute".equals(type.path("category").asText())) {
            throw action("The following action cannot contain a commands field: " + name);
        }
        String actionRegion = Json.text(action, "region");
        if (actionRegion != null && !actionRegion.equals(region)) {
            if (!"AWS".equals(type.path("owner").asText())
                    || "Source".equals(type.path("category").asText())) {
                throw action("Action '" + name + "' cannot be cross-Region: only AWS-owned non-source actions can");
            }
            if (!p.path("artifactStores").has(actionRegion)) {
                throw structure("Action '" + name + "' runs in Region " + actionRegion
                        + ": artifactStores must contain an artifact store for that Region");
            }
        }
        if ("CodeBuild".equals(type.path("provider").asText())
                && "AWS".equals(type.path("owner").asText())) {
            new CodeBuildActionRules(projectExists).check(stage, action, isUnchanged(stage, action, previous));
        }
    }

    private static boolean isUnchanged(JsonNode stage, JsonNode action, JsonNode previous) {
        if (previous == null) {
            return false;
        }
        for (JsonNode oldStage : Json.elements(previous, "stages")) {
            if (oldStage.path("name").equals(stage.path("name"))) {
                return Json.elements(oldStage, "actions").contains(action);
            }
        }
        return false;
    }

    static AwsError structure(String message) {
        return AwsError.badRequest("InvalidStructureException", message);
    }

    static AwsError action(String message) {
        return AwsError.badRequest("InvalidActionDeclarationException", message);
    }

    /** Keeps the declaration's own shape when a caller needs it as an object. */
    static ObjectNode asObject(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw AwsError.badRequest(
                    "ValidationException",
                    "1 validation error detected: Value null at 'pipeline'"
                            + " failed to satisfy constraint: Member must not be null");
        }
        return (ObjectNode) node;
    }
}
