package dev.cloudtest.stack;

import dev.cloudtest.core.Reporter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** Every resource of the stack and, when {@code nested}, of its nested stacks, by path. */
    PhysicalIds walk(String stackName, String stackId, boolean nested) {
        Map<String, String> byPath = new LinkedHashMap<>();
        List<String> seen = new ArrayList<>();
        Deque<Level> queue = new ArrayDeque<>();
        queue.add(new Level("", stackId == null ? stackName : stackId, 0));
        int visited = 0;
        while (!queue.isEmpty() && visited < MAX_STACKS) {
            Level level = queue.poll();
            visited++;
            for (StackResource resource : gateway.resources(level.stackId())) {
                String path = level.path() + resource.logicalId();
                seen.add(path);
                if (resource.physicalId() != null) {
                    byPath.put(path, resource.physicalId());
                }
                if (nested && resource.isNestedStack() && level.depth() < MAX_DEPTH) {
                    queue.add(new Level(path + "/", resource.physicalId(), level.depth() + 1));
                }
            }
        }
        if (!queue.isEmpty()) {
            reporter.warn("Stopped after " + MAX_STACKS + " nested stacks of " + stackName + "; logical IDs deeper"
                    + " down were not searched.");
        }
        return new PhysicalIds(stackName, byPath, seen);
    }

    Map<String, String> physicalIds(StackDescription stack, StackRequest request) {
        PhysicalIds all = walk(stack.name(), stack.id(), request.searchNestedStacks());
        Map<String, String> found = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : request.logicalIds()) {
            Optional<String> physicalId = all.find(id);
            if (physicalId.isPresent()) {
                found.put(id, physicalId.get());
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingStackValueException(
                    MissingStackValueException.Kind.RESOURCE,
                    stack.name(),
                    stack.name(),
                    missing,
                    all.paths().stream().sorted().toList(),
                    request.searchNestedStacks());
        }
        return found;
    }
}
