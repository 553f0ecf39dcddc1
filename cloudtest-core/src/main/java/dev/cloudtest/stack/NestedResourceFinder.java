package dev.cloudtest.stack;

import dev.cloudtest.core.Reporter;
import dev.cloudtest.core.UserFixableException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Physical IDs for logical IDs: the stack's own resources first, then (on request) its nested stacks,
 * breadth first. Bounded, so a deep or cyclic tree cannot run away.
 */
final class NestedResourceFinder {
    static final int MAX_DEPTH = 5;
    static final int MAX_STACKS = 50;

    private final StackGateway gateway;
    private final Reporter reporter;

    NestedResourceFinder(StackGateway gateway, Reporter reporter) {
        this.gateway = gateway;
        this.reporter = reporter;
    }

    private record Level(String path, String stackId, int depth) {}

    Map<String, String> physicalIds(StackDescription stack, StackRequest request) {
        Map<String, String> found = new TreeMap<>();
        Map<String, Map<String, String>> nestedHits = new LinkedHashMap<>();
        List<String> seen = new ArrayList<>();
        Deque<Level> queue = new ArrayDeque<>();
        queue.add(new Level("", stack.id() == null ? stack.name() : stack.id(), 0));
        int visited = 0;
        while (!queue.isEmpty() && visited < MAX_STACKS) {
            Level level = queue.poll();
            visited++;
            for (StackResource resource : gateway.resources(level.stackId())) {
                String shownId = level.path() + resource.logicalId();
                seen.add(shownId);
                if (request.logicalIds().contains(resource.logicalId()) && resource.physicalId() != null) {
                    if (level.depth() == 0) {
                        found.put(resource.logicalId(), resource.physicalId());
                    } else {
                        nestedHits
                                .computeIfAbsent(resource.logicalId(), k -> new LinkedHashMap<>())
                                .put(shownId, resource.physicalId());
                    }
                }
                if (request.searchNestedStacks() && resource.isNestedStack() && level.depth() < MAX_DEPTH) {
                    queue.add(new Level(shownId + "/", resource.physicalId(), level.depth() + 1));
                }
            }
        }
        if (!queue.isEmpty()) {
            reporter.warn("Stopped after " + MAX_STACKS + " nested stacks of " + stack.name() + "; logical IDs deeper"
                    + " down were not searched.");
        }
        nestedHits.forEach((id, hits) -> {
            if (!found.containsKey(id)) {
                found.put(id, single(stack, id, hits));
            }
        });
        List<String> missing = request.logicalIds().stream()
                .filter(id -> !found.containsKey(id))
                .toList();
        if (!missing.isEmpty()) {
            String nestedHint = request.searchNestedStacks()
                    ? ""
                    : " If the resource is in a nested stack, set cloudtest.stack.nestedStacks=true.";
            throw new UserFixableException("Stack " + stack.name() + " has no resource with logical ID "
                    + StackValuesReader.quoted(missing) + " (cloudtest.stack.resources). Its logical IDs: "
                    + StackValuesReader.listing(seen) + "." + nestedHint);
        }
        return found;
    }

    private static String single(StackDescription stack, String id, Map<String, String> hits) {
        if (hits.size() > 1) {
            throw new UserFixableException("Logical ID '" + id + "' exists in several nested stacks of "
                    + stack.name() + ": " + String.join(", ", hits.keySet())
                    + ". Read it from an output of the nested stack instead, or rename one of them.");
        }
        return hits.values().iterator().next();
    }
}
