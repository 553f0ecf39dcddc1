package dev.cloudtest.junit5;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Stack values handed over as system properties ({@code cloudtest.output.ApiUrl=...}), as {@code
 * cloudtest:stack-outputs} writes them. A value still reading {@code ${...}} was never set (a Maven placeholder
 * passed through as text) and counts as absent.
 */
final class PropertyStackValues {
    private final Map<String, String> properties;

    PropertyStackValues(Map<String, String> properties) {
        this.properties = new TreeMap<>(properties);
    }

    static PropertyStackValues fromSystemProperties() {
        Map<String, String> copy = new TreeMap<>();
        System.getProperties().forEach((key, value) -> {
            if (key instanceof String k && value instanceof String v && k.startsWith("cloudtest.")) {
                copy.put(k, v);
            }
        });
        return new PropertyStackValues(copy);
    }

    Optional<String> find(StackValueKind kind, String name) {
        return Optional.ofNullable(properties.get(kind.propertyPrefix + name)).filter(PropertyStackValues::isSet);
    }

    List<String> names(StackValueKind kind) {
        return properties.entrySet().stream()
                .filter(e -> e.getKey().startsWith(kind.propertyPrefix) && isSet(e.getValue()))
                .map(e -> e.getKey().substring(kind.propertyPrefix.length()))
                .toList();
    }

    private static boolean isSet(String value) {
        return !value.startsWith("${");
    }
}
