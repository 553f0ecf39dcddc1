package dev.cloudtest.stack;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the tests get from a stack: outputs by key, exports by name, physical IDs by logical ID; each sorted.
 */
public record StackValues(
        String stackName,
        String stackId,
        String status,
        Map<String, String> outputs,
        Map<String, String> exports,
        Map<String, String> resources) {

    public static final String OUTPUT_PREFIX = "cloudtest.output.";
    public static final String EXPORT_PREFIX = "cloudtest.export.";
    public static final String RESOURCE_PREFIX = "cloudtest.resource.";

    public StackValues {
        outputs = sorted(outputs);
        exports = sorted(exports);
        resources = sorted(resources);
    }

    /** Keys only, never values: {@code 2 output(s) [ApiUrl, TableName], 0 export(s) [], ...}. */
    public String summary() {
        return outputs.size() + " output(s) " + outputs.keySet() + ", " + exports.size() + " export(s) "
                + exports.keySet() + ", " + resources.size() + " physical ID(s) " + resources.keySet();
    }

    /** The values as {@code cloudtest.output.<key>}, {@code cloudtest.export.<name>}, {@code cloudtest.resource.<id>}. */
    public Map<String, String> asProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        outputs.forEach((k, v) -> properties.put(OUTPUT_PREFIX + k, v));
        exports.forEach((k, v) -> properties.put(EXPORT_PREFIX + k, v));
        resources.forEach((k, v) -> properties.put(RESOURCE_PREFIX + k, v));
        return properties;
    }

    private static Map<String, String> sorted(Map<String, String> values) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }
}
