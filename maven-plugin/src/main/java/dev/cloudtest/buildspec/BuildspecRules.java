package dev.cloudtest.buildspec;

import dev.cloudtest.core.EnvironmentException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The buildspec facts (keys, limits, formats, runtimes, secret patterns) read from {@code rules.yml} in the
 * buildspec-templates jar, so that a corrected fact is a one-line data change.
 */
final class BuildspecRules {
    static final String RESOURCE = "dev/cloudtest/buildspec/rules.yml";
    private static final BuildspecRules DEFAULT = load();

    private final Map<String, Object> data;

    private BuildspecRules(Map<String, Object> data) {
        this.data = data;
    }

    static BuildspecRules get() {
        return DEFAULT;
    }

    @SuppressWarnings("unchecked")
    private static BuildspecRules load() {
        try (InputStream in = BuildspecRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new EnvironmentException(RESOURCE + " is missing: the cloudtest-buildspec-templates jar is not"
                        + " on the plugin's class path.");
            }
            return new BuildspecRules(
                    (Map<String, Object>) SafeYaml.load(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new EnvironmentException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    List<String> list(String key) {
        Object value = data.get(key);
        if (!(value instanceof List<?> items)) {
            throw new IllegalStateException(RESOURCE + ": " + key + " is not a list");
        }
        return items.stream().map(String::valueOf).toList();
    }

    String text(String key) {
        return String.valueOf(data.get(key));
    }

    int number(String key) {
        return ((Number) data.get(key)).intValue();
    }

    Pattern pattern(String key) {
        return Pattern.compile(text(key));
    }

    List<Pattern> patterns(String key) {
        return list(key).stream().map(Pattern::compile).toList();
    }

    /** A mapping of strings to strings, e.g. the Java release to runtime table. */
    Map<String, String> table(String key) {
        Map<String, String> result = new LinkedHashMap<>();
        ((Map<?, ?>) data.get(key)).forEach((k, v) -> result.put(String.valueOf(k), String.valueOf(v)));
        return result;
    }

    /** A mapping of strings to lists of strings. */
    Map<String, List<String>> lists(String key) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        ((Map<?, ?>) data.get(key))
                .forEach((k, v) -> result.put(
                        String.valueOf(k),
                        ((List<?>) v).stream().map(String::valueOf).toList()));
        return result;
    }
}
