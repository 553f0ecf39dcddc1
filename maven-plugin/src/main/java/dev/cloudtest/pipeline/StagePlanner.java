package dev.cloudtest.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudtest.core.LineDiff;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.model.PipelineJson;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans adding the stage: insert it after {@code after}; nothing to do when a stage of that name already means
 * the same; replace it in place only when allowed. Every structural rule is checked on the result; nothing
 * else in the declaration is touched.
 */
public final class StagePlanner {
    private StagePlanner() {}

    public static PipelinePlan plan(ObjectNode declaration, StageSpec spec, boolean replaceAllowed) {
        List<String> specProblems = spec.problems();
        if (!specProblems.isEmpty()) {
            throw new UserFixableException(
                    specProblems.size() == 1
                            ? "The stage parameters are not valid: " + specProblems.get(0) + "."
                            : "The stage parameters are not valid:\n  - " + String.join("\n  - ", specProblems));
        }
        ArrayNode stages = stagesOf(declaration);
        // Checked even when the stage exists: a mistyped cloudtest.after must not pass because of an earlier run.
        int after = indexOf(stages, spec.after());
        if (after < 0) {
            throw new UserFixableException(
                    "Pipeline '" + declaration.path("name").asText() + "' has no stage '"
                            + spec.after() + "' to put '" + spec.stageName() + "' after. Its stages are: "
                            + String.join(", ", stageNames(stages)) + ". Set -Dcloudtest.after=<one of them>.");
        }
        int existing = indexOf(stages, spec.stageName());
        if (existing >= 0) {
            return planExisting(declaration, spec, replaceAllowed, existing);
        }
        List<String> available = artifactsUpTo(stages, after);
        if (!available.contains(spec.inputArtifact())) {
            throw new UserFixableException("Input artifact '" + spec.inputArtifact() + "' is not produced by any"
                    + " action up to stage '" + spec.after() + "' of pipeline '"
                    + declaration.path("name").asText()
                    + "', so nothing was written. Artifacts available there: " + String.join(", ", available)
                    + ". Set -Dcloudtest.inputArtifact=<one of them>.");
        }
        ObjectNode updated = declaration.deepCopy();
        stagesOf(updated).insert(after + 1, spec.desiredStage());
        return checked(PipelinePlan.Kind.INSERT, spec.stageName(), after + 1, declaration, updated);
    }

    private static PipelinePlan planExisting(
            ObjectNode declaration, StageSpec spec, boolean replaceAllowed, int index) {
        JsonNode current = stagesOf(declaration).get(index);
        ObjectNode merged = withDesiredAction(current, spec);
        if (StageComparison.sameMeaning(current, merged)) {
            return checked(PipelinePlan.Kind.NOTHING, spec.stageName(), index, declaration, declaration);
        }
        ObjectNode updated = declaration.deepCopy();
        stagesOf(updated).set(index, merged);
        if (!replaceAllowed) {
            throw new UserFixableException(
                    "Pipeline '" + declaration.path("name").asText() + "' already has a"
                            + " stage '" + spec.stageName() + "' that differs from the one asked for:\n"
                            + diff("the existing stage", current, "the stage asked for", merged)
                            + "Re-run with -Dcloudtest.replace=true to replace it in place, or choose another"
                            + " -Dcloudtest.stageName.");
        }
        return checked(PipelinePlan.Kind.REPLACE, spec.stageName(), index, declaration, updated);
    }

    /** The existing stage with our action replaced (or added); its other actions and fields stay as they are. */
    private static ObjectNode withDesiredAction(JsonNode current, StageSpec spec) {
        ObjectNode merged = current.deepCopy();
        ArrayNode actions = merged.has("actions") && merged.get("actions").isArray()
                ? (ArrayNode) merged.get("actions")
                : merged.putArray("actions");
        int ours = indexOf(actions, spec.actionName());
        if (ours >= 0) {
            actions.set(ours, spec.desiredAction());
        } else {
            actions.add(spec.desiredAction());
        }
        return merged;
    }

    /** Fails on every rule the edit breaks; rules the pipeline already broke become warnings. */
    static PipelinePlan checked(
            PipelinePlan.Kind kind, String stageName, int position, ObjectNode before, ObjectNode after) {
        List<String> existing = StructureRules.problems(before);
        List<String> introduced = new ArrayList<>(StructureRules.problems(after));
        introduced.removeAll(existing);
        if (!introduced.isEmpty()) {
            throw new UserFixableException(
                    "The change to pipeline '" + before.path("name").asText()
                            + "' would break CodePipeline's rules, so nothing was written:\n  - "
                            + String.join("\n  - ", introduced));
        }
        String diff = kind == PipelinePlan.Kind.NOTHING ? "" : diff("pipeline now", before, "pipeline planned", after);
        return new PipelinePlan(kind, stageName, position, before, after, diff, existing);
    }

    /** The declarations (or stages) as pretty JSON, line by line, secrets {@link SecretMask masked}. */
    private static String diff(String beforeName, JsonNode before, String afterName, JsonNode after) {
        return LineDiff.unified(
                beforeName,
                PipelineJson.pretty(SecretMask.of(before)),
                afterName,
                PipelineJson.pretty(SecretMask.of(after)));
    }

    private static List<String> artifactsUpTo(JsonNode stages, int last) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            for (JsonNode action : stages.get(i).path("actions")) {
                action.path("outputArtifacts")
                        .forEach(a -> names.add(a.path("name").asText("")));
            }
        }
        return names;
    }

    static ArrayNode stagesOf(ObjectNode declaration) {
        JsonNode stages = declaration.get("stages");
        if (stages instanceof ArrayNode array) {
            return array;
        }
        throw new UserFixableException("Pipeline '" + declaration.path("name").asText()
                + "' has no \"stages\" array; this is not a pipeline declaration.");
    }

    static int indexOf(JsonNode namedItems, String name) {
        for (int i = 0; i < namedItems.size(); i++) {
            if (namedItems.get(i).path("name").asText("").equals(name)) {
                return i;
            }
        }
        return -1;
    }

    static List<String> stageNames(JsonNode stages) {
        List<String> names = new ArrayList<>();
        stages.forEach(stage -> {
            String name = stage.path("name").asText("");
            names.add(name.isBlank() ? "(stage " + (names.size() + 1) + ", which has no name)" : name);
        });
        return names;
    }
}
