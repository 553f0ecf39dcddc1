package dev.cloudtest.runner;

import dev.cloudtest.core.Reporter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code runtime-versions} compared with the local toolchain: a difference is a warning, never a stop. */
final class RuntimeCheck {
    private static final Pattern JAVA = Pattern.compile("(?:corretto|openjdk)(\\d{1,3})");

    private RuntimeCheck() {}

    static void warnIfDifferent(String runtime, String version, Reporter reporter) {
        if (!runtime.equals("java")) {
            reporter.info("runtime-versions: " + runtime + ": " + version + " is not checked locally.");
            return;
        }
        Matcher m = JAVA.matcher(version);
        int local = Runtime.version().feature();
        if (!m.matches()) {
            reporter.warn("runtime-versions: java: " + version + " is not a Java version CodeBuild knows"
                    + " (corretto8, corretto11, corretto17, corretto21, ...).");
        } else if (Integer.parseInt(m.group(1)) != local) {
            reporter.warn("runtime-versions: java: " + version + " asks for Java " + m.group(1) + "; this run uses"
                    + " Java " + local + " (the JVM running Maven), so results may differ from CodeBuild's.");
        }
    }
}
