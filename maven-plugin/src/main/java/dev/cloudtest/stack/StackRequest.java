package dev.cloudtest.stack;

import java.time.Duration;
import java.util.List;

/**
 * What to read from a stack.
 *
 * @param waitTimeout how long to wait for an in-progress stack; zero fails at once
 * @param requiredOutputs output keys that must exist (every output is read regardless)
 * @param requiredExports export names that must exist; they are handed over even when the filter does not select them
 * @param logicalIds logical resource IDs whose physical IDs to hand over
 * @param searchNestedStacks look for the logical IDs in nested stacks too
 */
public record StackRequest(
        String stackName,
        Duration waitTimeout,
        Duration pollInterval,
        List<String> requiredOutputs,
        ExportFilter exportFilter,
        List<String> requiredExports,
        List<String> logicalIds,
        boolean searchNestedStacks) {
    public StackRequest {
        requiredOutputs = List.copyOf(requiredOutputs);
        requiredExports = List.copyOf(requiredExports);
        logicalIds = List.copyOf(logicalIds);
    }

    /** Only the outputs, no waiting. */
    public static StackRequest outputsOf(String stackName) {
        return new StackRequest(
                stackName,
                Duration.ZERO,
                Duration.ofSeconds(10),
                List.of(),
                ExportFilter.none(),
                List.of(),
                List.of(),
                false);
    }
}
