package dev.cloudtest.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudtest.model.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The structural rules CodePipeline enforces on a whole declaration (docs/aws-apis.md §1.7-1.8), checked locally
 * so nothing invalid is ever sent. Messages name stages and actions, never positions, so the problems of two
 * declarations can be compared.
 */
public final class StructureRules {
    static final int MAX_STAGES = 50;
    static final int MAX_ACTIONS_PER_STAGE = 50;
    static final int MAX_CONFIGURATION_VALUE = 1000;
    static final int MAX_CODEBUILD_ARTIFACTS = 5;

    private StructureRules() {}

    /** Every rule the declaration breaks, in pipeline order; empty when it is valid. */
    public static List<String> problems(JsonNode declaration) {
        Set<String> problems = new LinkedHashSet<>();
        checkArtifactStores(declaration, problems);
        JsonNode stages = declaration.path("stages");
        if (stages.size() < 2 || stages.size() > MAX_STAGES) {
            problems.add("the pipeline has " + stages.size() + " stage(s); 2 to " + MAX_STAGES + " are allowed");
        }
        Set<String> stageNames = new HashSet<>();
        Set<String> produced = new HashSet<>();
        Map<String, String> namespaces = new HashMap<>();
        boolean first = true;
        for (JsonNode stage : stages) {
            String stageName = stage.path("name").asText("");
            Names.STAGE.problem(stageName).ifPresent(p -> problems.add("stage '" + stageName + "': " + p));
            if (!stageNames.add(stageName)) {
                problems.add("two stages are named '" + stageName + "'; stage names must be unique");
            }
            checkStage(stage, stageName, first, produced, namespaces, declaration, problems);
            first = false;
        }
        namespaces.forEach((namespace, where) -> {
            if (produced.contains(namespace)) {
                problems.add(where + ": namespace '" + namespace + "' is also an artifact name; they must differ");
            }
        });
        return List.copyOf(problems);
    }

    private static void checkArtifactStores(JsonNode declaration, Set<String> problems) {
        boolean single = declaration.has("artifactStore");
        boolean multi = declaration.has("artifactStores");
        if (single == multi) {
            problems.add("the pipeline must have exactly one of artifactStore and artifactStores");
        }
    }

    private static void checkStage(
            JsonNode stage,
            String stageName,
            boolean firstStage,
            Set<String> produced,
            Map<String, String> namespaces,
            JsonNode declaration,
            Set<String> problems) {
        JsonNode actions = stage.path("actions");
        if (actions.size() < 1 || actions.size() > MAX_ACTIONS_PER_STAGE) {
            problems.add("stage '" + stageName + "' has " + actions.size() + " action(s); 1 to " + MAX_ACTIONS_PER_STAGE
                    + " are allowed");
        }
        // Actions of one runOrder run together: they see only what lower runOrders and earlier stages made.
        Map<Integer, List<JsonNode>> byRunOrder = new TreeMap<>();
        Set<String> actionNames = new HashSet<>();
        for (JsonNode action : actions) {
            String name = action.path("name").asText("");
            String where = where(action, stageName);
            Names.ACTION.problem(name).ifPresent(p -> problems.add(where + ": " + p));
            if (!actionNames.add(name)) {
                problems.add("stage '" + stageName + "' has two actions named '" + name
                        + "'; action names must be unique within a stage");
            }
            int runOrder = action.path("runOrder").asInt(1);
            if (runOrder < 1 || runOrder > 999) {
                problems.add(where + ": runOrder " + runOrder + " is outside 1 to 999");
            }
            byRunOrder.computeIfAbsent(runOrder, k -> new ArrayList<>()).add(action);
        }
        for (List<JsonNode> group : byRunOrder.values()) {
            Set<String> madeHere = new HashSet<>();
            for (JsonNode action : group) {
                String where = where(action, stageName);
                checkAction(action, where, firstStage, declaration, problems);
                checkArtifacts(action, where, produced, madeHere, problems);
                checkNamespace(action, where, namespaces, problems);
            }
            produced.addAll(madeHere);
        }
    }

    private static String where(JsonNode action, String stageName) {
        return "action '" + action.path("name").asText("") + "' in stage '" + stageName + "'";
    }

    /** Inputs must come from earlier run orders or stages; outputs are new and unique in the pipeline. */
    private static void checkArtifacts(
            JsonNode action, String where, Set<String> produced, Set<String> madeHere, Set<String> problems) {
        for (JsonNode input : action.path("inputArtifacts")) {
            String name = input.path("name").asText("");
            if (!produced.contains(name)) {
                problems.add(where + ": input artifact '" + name + "' is not produced by any action"
                        + " that runs before it");
            }
        }
        for (JsonNode output : action.path("outputArtifacts")) {
            String name = output.path("name").asText("");
            Names.ARTIFACT.problem(name).ifPresent(p -> problems.add(where + ": " + p));
            if (produced.contains(name) || !madeHere.add(name)) {
                problems.add(where + ": output artifact '" + name + "' is already produced by another"
                        + " action; output artifact names must be unique in the pipeline");
            }
        }
    }

    private static void checkNamespace(
            JsonNode action, String where, Map<String, String> namespaces, Set<String> problems) {
        String namespace = action.path("namespace").asText("");
        if (namespace.isEmpty()) {
            return;
        }
        Names.NAMESPACE.problem(namespace).ifPresent(p -> problems.add(where + ": " + p));
        if (namespaces.putIfAbsent(namespace, where) != null) {
            problems.add(where + ": namespace '" + namespace + "' is already used by " + namespaces.get(namespace)
                    + "; namespaces must be unique");
        }
    }

    private static void checkAction(
            JsonNode action, String where, boolean firstStage, JsonNode declaration, Set<String> problems) {
        JsonNode type = action.path("actionTypeId");
        String category = type.path("category").asText("");
        if (firstStage && !category.equals("Source")) {
            problems.add(where + ": the first stage may hold only Source actions, this one is " + category);
        }
        if (!firstStage && category.equals("Source")) {
            problems.add(where + ": Source actions are allowed only in the first stage");
        }
        action.path("configuration").properties().forEach(entry -> {
            Names.CONFIGURATION_KEY
                    .problem(entry.getKey())
                    .ifPresent(p -> problems.add(where + ": configuration " + p));
            int length = entry.getValue().asText("").length();
            if (length > MAX_CONFIGURATION_VALUE) {
                problems.add(where + ": configuration value " + entry.getKey() + " has " + length
                        + " characters; at most " + MAX_CONFIGURATION_VALUE + " are allowed");
            }
        });
        if (type.path("owner").asText("").equals("AWS")
                && type.path("provider").asText("").equals("CodeBuild")) {
            checkCodeBuildAction(action, where, problems);
        }
        String region = action.path("region").asText("");
        if (!region.isEmpty()) {
            checkCrossRegion(action, where, region, declaration, problems);
        }
    }

    private static void checkCodeBuildAction(JsonNode action, String where, Set<String> problems) {
        int inputs = action.path("inputArtifacts").size();
        int outputs = action.path("outputArtifacts").size();
        if (inputs < 1 || inputs > MAX_CODEBUILD_ARTIFACTS) {
            problems.add(where + ": a CodeBuild action takes 1 to " + MAX_CODEBUILD_ARTIFACTS
                    + " input artifacts, this one has " + inputs);
        }
        if (outputs > MAX_CODEBUILD_ARTIFACTS) {
            problems.add(where + ": a CodeBuild action makes at most " + MAX_CODEBUILD_ARTIFACTS
                    + " output artifacts, this one has " + outputs);
        }
        String projectName = action.path("configuration").path("ProjectName").asText("");
        if (projectName.isEmpty()) {
            problems.add(where + ": a CodeBuild action needs configuration ProjectName");
        }
        if (inputs > 1) {
            String primary = action.path("configuration").path("PrimarySource").asText("");
            boolean known = false;
            for (JsonNode input : action.path("inputArtifacts")) {
                known |= input.path("name").asText("").equals(primary);
            }
            if (!known) {
                problems.add(where + ": with several input artifacts, configuration PrimarySource must name one");
            }
        }
    }

    private static void checkCrossRegion(
            JsonNode action, String where, String region, JsonNode declaration, Set<String> problems) {
        // With a single artifactStore the action's region must be the pipeline's own, which AWS checks.
        JsonNode stores = declaration.path("artifactStores");
        if (stores.isObject() && !stores.has(region)) {
            problems.add(where + ": region " + region + " has no entry in artifactStores");
        }
    }
}
