package dev.cloudtest.stack;

import dev.cloudtest.core.UserFixableException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The physical IDs of a stack's resources, and of its nested stacks' resources, by path: {@code OrdersTable} for
 * the stack's own resource, {@code Data/UploadBucket} for a resource of the nested stack whose logical ID is
 * {@code Data}. A plain logical ID finds the stack's own resource first, else the one nested resource with that
 * logical ID.
 */
public final class PhysicalIds {
    private final String stackName;
    private final Map<String, String> byPath;
    private final List<String> seen;

    /**
     * @param byPath physical IDs by path, the stack's own resources first
     * @param seen every path walked, including resources without a physical ID yet
     */
    PhysicalIds(String stackName, Map<String, String> byPath, List<String> seen) {
        this.stackName = stackName;
        this.byPath = Collections.unmodifiableMap(new LinkedHashMap<>(byPath));
        this.seen = List.copyOf(seen);
    }

    /** Physical IDs by path, the stack's own resources first. */
    public Map<String, String> byPath() {
        return byPath;
    }

    /** Every path walked, including resources that have no physical ID yet. */
    public List<String> paths() {
        return seen;
    }

    /**
     * The physical ID of a path or a logical ID.
     *
     * @throws UserFixableException when a plain logical ID exists in several nested stacks and not in the stack
     */
    public Optional<String> find(String logicalIdOrPath) {
        String exact = byPath.get(logicalIdOrPath);
        if (exact != null || logicalIdOrPath.contains("/")) {
            return Optional.ofNullable(exact);
        }
        Map<String, String> nested = new LinkedHashMap<>();
        byPath.forEach((path, id) -> {
            if (path.endsWith("/" + logicalIdOrPath)) {
                nested.put(path, id);
            }
        });
        if (nested.size() > 1) {
            throw new UserFixableException("Logical ID '" + logicalIdOrPath + "' exists in several nested stacks of "
                    + stackName + ": " + String.join(", ", nested.keySet())
                    + ". Name it by its path (" + nested.keySet().iterator().next()
                    + "), read it from an output of the nested stack, or rename one of them.");
        }
        return nested.values().stream().findFirst();
    }
}
