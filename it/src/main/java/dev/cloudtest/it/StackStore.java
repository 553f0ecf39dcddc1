package dev.cloudtest.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * CloudFormation stacks seeded through the control API: outputs, exports, resources, and a status that moves
 * through seeded transitions over time. Callers hold the state lock.
 */
final class StackStore {
    /** One seeded stack; {@code spec} is the control body as sent. */
    static final class Stack {
        final String name;
        final String id;
        final long seededMillis;
        final ObjectNode spec;

        Stack(String name, String id, long seededMillis, ObjectNode spec) {
            this.name = name;
            this.id = id;
            this.seededMillis = seededMillis;
            this.spec = spec;
        }

        /** The latest transition reached at {@code now}, or the seeded status. */
        private JsonNode state(long now) {
            JsonNode current = spec;
            for (JsonNode transition : Json.elements(spec, "transitions")) {
                if (now - seededMillis >= transition.path("afterMillis").asLong(0)) {
                    current = transition;
                }
            }
            return current;
        }

        String status(long now) {
            return state(now).path("status").asText("CREATE_COMPLETE");
        }

        String statusReason(long now) {
            return Json.text(state(now), "statusReason");
        }

        long creationMillis() {
            return Json.millisOf(spec.get("creationTime"), seededMillis);
        }

        /** The time of the last transition reached, when the stack has changed since its creation. */
        Long lastUpdatedMillis(long now) {
            Long last = null;
            for (JsonNode transition : Json.elements(spec, "transitions")) {
                long after = transition.path("afterMillis").asLong(0);
                if (now - seededMillis >= after) {
                    last = seededMillis + after;
                }
            }
            return last;
        }

        boolean deleted(long now) {
            return status(now).equals("DELETE_COMPLETE");
        }

        List<JsonNode> outputs() {
            return Json.elements(spec, "outputs");
        }

        List<JsonNode> resources() {
            return Json.elements(spec, "resources");
        }

        /** Exports: outputs with an ExportName, plus the seeded {@code exports} [{Name, Value}]. */
        List<ObjectNode> exports() {
            List<ObjectNode> exports = new ArrayList<>();
            for (JsonNode output : outputs()) {
                if (Json.text(output, "ExportName") != null) {
                    exports.add(Json.object()
                            .put("ExportingStackId", id)
                            .put("Name", Json.text(output, "ExportName"))
                            .put("Value", Json.text(output, "OutputValue")));
                }
            }
            for (JsonNode export : Json.elements(spec, "exports")) {
                exports.add(Json.object()
                        .put("ExportingStackId", id)
                        .put("Name", Json.text(export, "Name"))
                        .put("Value", Json.text(export, "Value")));
            }
            return exports;
        }
    }

    private final Map<String, Stack> stacks = new TreeMap<>();
    private int counter;

    /** Seeds (or replaces) a stack; export names must stay unique across stacks, as in CloudFormation. */
    JsonNode seed(String region, String name, ObjectNode spec, long now) {
        Stack previous = stacks.get(name);
        counter++;
        String id = Json.text(spec, "stackId") != null
                ? Json.text(spec, "stackId")
                : "arn:aws:cloudformation:" + region + ":" + PipelineStore.ACCOUNT + ":stack/" + name
                        + String.format("/00000000-0000-4000-8000-%012d", counter);
        Stack stack = new Stack(name, id, now, spec);
        for (ObjectNode export : stack.exports()) {
            for (Stack other : stacks.values()) {
                if (other != previous
                        && !other.deleted(now)
                        && other.exports().stream().anyMatch(e -> e.path("Name").equals(export.path("Name")))) {
                    throw new IllegalArgumentException(
                            "Export " + export.path("Name").asText() + " is already exported by stack " + other.name);
                }
            }
        }
        stacks.put(name, stack);
        return Json.object().put("stackId", id);
    }

    /** A live stack by name, or any stack by id (deleted stacks are found by id only, as in CloudFormation). */
    Stack find(String nameOrId, long now) {
        for (Stack stack : stacks.values()) {
            if (stack.id.equals(nameOrId)) {
                return stack;
            }
        }
        Stack stack = stacks.get(nameOrId);
        return stack == null || stack.deleted(now) ? null : stack;
    }

    List<Stack> all() {
        return new ArrayList<>(stacks.values());
    }

    List<ObjectNode> exports(long now) {
        List<ObjectNode> exports = new ArrayList<>();
        for (Stack stack : stacks.values()) {
            if (!stack.deleted(now)) {
                exports.addAll(stack.exports());
            }
        }
        return exports;
    }
}
