package dev.cloudtest.buildspec;

import dev.cloudtest.core.UserFixableException;
import java.util.Map;
import java.util.Optional;

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

    /** 17 for "17", 8 for "1.8"; empty when absent or not a number (e.g. an unresolved expression). */
    static Optional<Integer> major(String release) {
        if (release == null || release.isBlank()) {
            return Optional.empty();
        }
        String value = release.trim().startsWith("1.") ? release.trim().substring(2) : release.trim();
        try {
            return Optional.of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
