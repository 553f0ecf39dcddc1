package dev.cloudtest.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The PipelineDeclaration's model constraints (lengths, patterns, enums, ranges): one ValidationException for all. */
final class PipelineConstraints {
    private static final List<String> CATEGORIES =
            List.of("Source", "Build", "Deploy", "Test", "Invoke", "Approval", "Compute");

    private PipelineConstraints() {}

    static void check(JsonNode p) {
        Constraints c = new Constraints();
        c.string("pipeline.name", p, "name", true, 1, 100, PipelineValidator.NAME);
        c.string("pipeline.roleArn", p, "roleArn", true, 1, 1024, PipelineValidator.ROLE_ARN);
        c.required("pipeline.stages", p, "stages");
        c.enumValue("pipeline.pipelineType", p, "pipelineType", false, List.of("V1", "V2"));
        c.enumValue("pipeline.executionMode", p, "executionMode", false, List.of("QUEUED", "SUPERSEDED", "PARALLEL"));
        c.range("pipeline.version", p, "version", 1, Integer.MAX_VALUE);
        c.size("pipeline.variables", p, "variables", 0, 50);
        c.size("pipeline.triggers", p, "triggers", 0, 50);
        c.size("pipeline.stages", p, "stages", 1, 50);
        int i = 1;
        for (JsonNode variable : Json.elements(p, "variables")) {
            String path = "pipeline.variables." + i++ + ".member.";
            c.string(path + "name", variable, "name", true, 1, 128, "[A-Za-z0-9@\\-_]+");
            c.string(path + "defaultValue", variable, "defaultValue", false, 1, 1000, null);
            c.string(path + "description", variable, "description", false, 0, 200, null);
        }
        if (p.has("artifactStore")) {
            checkArtifactStore(c, "pipeline.artifactStore", p.get("artifactStore"));
        }
        p.path("artifactStores").fields().forEachRemaining(e -> {
            c.string("pipeline.artifactStores", Json.object().put("key", e.getKey()), "key", true, 4, 30, null);
            checkArtifactStore(c, "pipeline.artifactStores", e.getValue());
        });
        int s = 1;
        for (JsonNode stage : Json.elements(p, "stages")) {
            String path = "pipeline.stages." + s++ + ".member.";
            c.string(path + "name", stage, "name", true, 1, 100, PipelineValidator.NAME);
            c.required(path + "actions", stage, "actions");
            int a = 1;
            for (JsonNode action : Json.elements(stage, "actions")) {
                checkAction(c, path + "actions." + a++ + ".member.", action);
            }
        }
        c.throwIfAny("ValidationException");
    }

    private static void checkArtifactStore(Constraints c, String path, JsonNode store) {
        c.enumValue(path + ".type", store, "type", true, List.of("S3"));
        c.string(path + ".location", store, "location", true, 3, 63, "[a-zA-Z0-9\\-\\.]+");
        if (store.has("encryptionKey")) {
            c.string(path + ".encryptionKey.id", store.get("encryptionKey"), "id", true, 1, 400, null);
            c.enumValue(path + ".encryptionKey.type", store.get("encryptionKey"), "type", true, List.of("KMS"));
        }
    }

    private static void checkAction(Constraints c, String path, JsonNode action) {
        c.string(path + "name", action, "name", true, 1, 100, PipelineValidator.NAME);
        c.required(path + "actionTypeId", action, "actionTypeId");
        JsonNode type = action.get("actionTypeId");
        if (type != null && type.isObject()) {
            c.enumValue(path + "actionTypeId.category", type, "category", true, CATEGORIES);
            c.enumValue(path + "actionTypeId.owner", type, "owner", true, List.of("AWS", "ThirdParty", "Custom"));
            c.string(path + "actionTypeId.provider", type, "provider", true, 1, 35, PipelineValidator.TYPE_PART);
            c.string(path + "actionTypeId.version", type, "version", true, 1, 9, PipelineValidator.TYPE_PART);
        }
        c.range(path + "runOrder", action, "runOrder", 1, 999);
        c.range(path + "timeoutInMinutes", action, "timeoutInMinutes", 5, 86400);
        c.string(path + "namespace", action, "namespace", false, 1, 100, PipelineValidator.NAMESPACE);
        c.string(path + "region", action, "region", false, 4, 30, null);
        c.string(path + "roleArn", action, "roleArn", false, 1, 1024, PipelineValidator.ROLE_ARN);
        c.size(path + "configuration", action, "configuration", 0, 200);
        action.path("configuration").fields().forEachRemaining(e -> {
            String value = e.getValue().asText();
            if (e.getKey().isEmpty() || e.getKey().length() > 50) {
                c.add("Value at '" + path + "configuration' failed to satisfy constraint: Map keys must satisfy"
                        + " constraint: [Member must have length less than or equal to 50, Member must have length"
                        + " greater than or equal to 1]");
            }
            if (value.isEmpty() || value.length() > 1000) {
                c.add("Value at '" + path + "configuration' failed to satisfy constraint: Map value must satisfy"
                        + " constraint: [Member must have length less than or equal to 1000, Member must have length"
                        + " greater than or equal to 1]");
            }
        });
        for (String list : List.of("inputArtifacts", "outputArtifacts")) {
            int i = 1;
            for (JsonNode artifact : Json.elements(action, list)) {
                c.string(
                        path + list + "." + i++ + ".member.name",
                        artifact,
                        "name",
                        true,
                        1,
                        100,
                        PipelineValidator.ARTIFACT);
            }
        }
        c.size(path + "environmentVariables", action, "environmentVariables", 1, 10);
        c.size(path + "commands", action, "commands", 1, 50);
        c.size(path + "outputVariables", action, "outputVariables", 1, 15);
    }
}
