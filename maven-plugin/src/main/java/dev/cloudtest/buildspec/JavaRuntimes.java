package dev.cloudtest.buildspec;

import dev.cloudtest.core.UserFixableException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Picks the {@code java: correttoNN} runtime value from the project's compiler release. */
final class JavaRuntimes {
    private JavaRuntimes() {}

    /**
     * The explicit value when given (it must be one the current images pre-install), else the lowest offered
     * Corretto that runs the project's {@code release}/{@code target}, else the rules' default.
     */
    static String choose(String explicit, String compilerRelease) {
        BuildspecRules rules = BuildspecRules.get();
        Map<String, String> offered = rules.table("java-runtimes");
        if (explicit != null && !explicit.isBlank()) {
            String value = explicit.trim();
            if (!offered.containsValue(value)) {
                throw new UserFixableException("cloudtest.buildspec.javaRuntime=" + value + " is not pre-installed on"
                        + " current CodeBuild images. Use one of " + offered.values() + ".");
            }
            return value;
        }
        return major(compilerRelease)
                .map(major -> offered.entrySet().stream()
                        .filter(e -> Integer.parseInt(e.getKey()) >= major)
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElseThrow(() -> new UserFixableException("The project compiles for Java " + major
                                + ", newer than any runtime current CodeBuild images offer " + offered.values()
                                + ". Set cloudtest.buildspec.javaRuntime, or use a custom image and template.")))
                .orElse(rules.text("default-java-runtime"));
    }

    /** 17 for "17" and "17.0.15", 8 for "1.8"; empty when absent or not a version (an unresolved expression). */
    static Optional<Integer> major(String release) {
        Matcher version = VERSION.matcher(release == null ? "" : release.trim());
        return version.matches() ? Optional.of(Integer.parseInt(version.group(1))) : Optional.empty();
    }

    private static final Pattern VERSION = Pattern.compile("(?:1\\.)?(\\d{1,3})(?:\\.\\d+)*$");
}
