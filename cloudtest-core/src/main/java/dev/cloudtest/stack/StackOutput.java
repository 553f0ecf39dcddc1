package dev.cloudtest.stack;

/**
 * One stack output.
 *
 * @param exportName the export this output publishes, or {@code null}
 */
public record StackOutput(String key, String value, String exportName) {}
