package dev.cloudtest.runner;

import dev.cloudtest.buildspec.BuildspecFiles;
import dev.cloudtest.core.UserFixableException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code run-buildspec} needs of a buildspec (version 0.2), read with the hardened YAML loader. Shapes that
 * CodeBuild would refuse are refused here with the key's path, so a run never starts on a half-understood file.
 */
public record LocalBuildspec(
        Path file,
        String shell,
        Map<String, String> variables,
        Map<String, String> parameterStore,
        Map<String, String> secretsManager,
        List<String> exportedVariables,
        String runAs,
        boolean hasProxy,
        Map<Phase, PhaseSpec> phases,
        List<ReportGroup> reports,
        Artifacts artifacts,
        List<String> cachePaths) {

    /** CodeBuild's phases, in the order it runs them. */
    public enum Phase {
        INSTALL("install"),
        PRE_BUILD("pre_build"),
        BUILD("build"),
        POST_BUILD("post_build");

        final String key;

        Phase(String key) {
            this.key = key;
        }
    }

    public enum OnFailure {
        ABORT,
        CONTINUE
    }

    /**
     * @param retries how many times the phase is run again after a failure ({@code on-failure: RETRY[-n]})
     * @param retryPattern a regex the failing output must match to retry ({@code RETRY[-n]-regex}), or null
     */
    public record PhaseSpec(
            List<String> commands,
            List<String> finallyCommands,
            OnFailure onFailure,
            int retries,
            String retryPattern,
            String runAs,
            Map<String, String> runtimeVersions) {}

    public record ReportGroup(String name, List<String> files, String baseDirectory, String fileFormat) {}

    public record Artifacts(
            List<String> files, String baseDirectory, boolean discardPaths, List<String> excludePaths, String name) {
        static final Artifacts NONE = new Artifacts(List.of(), null, false, List.of(), null);

        public boolean declared() {
            return !files.isEmpty();
        }
    }

    /** Reads {@code file}; throws {@link UserFixableException} naming the key when the shape is wrong. */
    public static LocalBuildspec read(Path file) {
        Shape root = new Shape(file, "", BuildspecFiles.load(file));
        Map<String, Object> top = root.map();
        String version = String.valueOf(top.get("version"));
        if (!"0.2".equals(version)) {
            throw new UserFixableException(file + ": version is " + version + "; run-buildspec runs version 0.2"
                    + " (CodeBuild's current format) only. Set 'version: 0.2'.");
        }
        Shape env = root.child("env");
        Map<Phase, PhaseSpec> phases = new LinkedHashMap<>();
        Shape phasesShape = root.child("phases");
        for (Phase phase : Phase.values()) {
            Shape p = phasesShape.child(phase.key);
            if (p.present()) {
                phases.put(phase, phase(p));
            }
        }
        for (String key : phasesShape.map().keySet()) {
            if (java.util.Arrays.stream(Phase.values()).noneMatch(p -> p.key.equals(key))) {
                throw new UserFixableException(file + ": phases." + key + " is not a CodeBuild phase; the phases are"
                        + " install, pre_build, build and post_build.");
            }
        }
        List<ReportGroup> reports = new ArrayList<>();
        Shape reportsShape = root.child("reports");
        for (String name : reportsShape.map().keySet()) {
            Shape group = reportsShape.child(name);
            reports.add(new ReportGroup(
                    name,
                    group.child("files").strings(),
                    group.child("base-directory").text(null),
                    group.child("file-format").text("JUNITXML").toUpperCase(Locale.ROOT)));
        }
        Shape artifacts = root.child("artifacts");
        return new LocalBuildspec(
                file,
                env.child("shell").text("bash"),
                env.child("variables").texts(),
                env.child("parameter-store").texts(),
                env.child("secrets-manager").texts(),
                env.child("exported-variables").strings(),
                root.child("run-as").text(null),
                root.child("proxy").present(),
                phases,
                reports,
                artifacts.present()
                        ? new Artifacts(
                                artifacts.child("files").strings(),
                                artifacts.child("base-directory").text(null),
                                artifacts.child("discard-paths").flag(),
                                artifacts.child("exclude-paths").strings(),
                                artifacts.child("name").text(null))
                        : Artifacts.NONE,
                root.child("cache").child("paths").strings());
    }

    private static PhaseSpec phase(Shape p) {
        String onFailure = p.child("on-failure").text("ABORT").toUpperCase(Locale.ROOT);
        OnFailure mode = OnFailure.ABORT;
        int retries = 0;
        String retryPattern = null;
        if (onFailure.equals("CONTINUE")) {
            mode = OnFailure.CONTINUE;
        } else if (onFailure.startsWith("RETRY")) {
            // RETRY, RETRY-<count>, RETRY-<regex>, RETRY-<count>-<regex>: retried, then ABORT.
            String rest = onFailure.length() > 5 && onFailure.charAt(5) == '-'
                    ? p.child("on-failure").text("").substring(6)
                    : "";
            retries = 3;
            java.util.regex.Matcher m =
                    java.util.regex.Pattern.compile("(\\d{1,3})(?:-(.*))?").matcher(rest);
            if (m.matches()) {
                retries = Integer.parseInt(m.group(1));
                retryPattern = m.group(2);
            } else if (!rest.isEmpty()) {
                retryPattern = rest;
            }
            if (retries > 100) {
                throw new UserFixableException(
                        p.where() + ".on-failure retries " + retries + " times; CodeBuild allows 0 to 100.");
            }
        } else if (!onFailure.equals("ABORT")) {
            throw new UserFixableException(p.where() + ".on-failure is '" + onFailure + "'; use ABORT, CONTINUE, RETRY,"
                    + " RETRY-<count>, RETRY-<regex> or RETRY-<count>-<regex>.");
        }
        return new PhaseSpec(
                p.child("commands").strings(),
                p.child("finally").strings(),
                mode,
                retries,
                retryPattern,
                p.child("run-as").text(null),
                p.child("runtime-versions").texts());
    }

    /** A node of the loaded document with the path it was found at, for messages. */
    private record Shape(Path file, String path, Object value) {
        boolean present() {
            return value != null;
        }

        String where() {
            return file + ": " + path;
        }

        Shape child(String key) {
            Object child = value == null ? null : map().get(key);
            return new Shape(file, path.isEmpty() ? key : path + "." + key, child);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> map() {
            if (value == null) {
                return Map.of();
            }
            if (!(value instanceof Map<?, ?> m)) {
                throw new UserFixableException(where() + " must be a mapping (key: value lines).");
            }
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), v));
            return out;
        }

        String text(String fallback) {
            if (value == null) {
                return fallback;
            }
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                throw new UserFixableException(where() + " must be a single value.");
            }
            return String.valueOf(value);
        }

        boolean flag() {
            String text = text("no").toLowerCase(Locale.ROOT);
            return text.equals("yes") || text.equals("true");
        }

        List<String> strings() {
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> list)) {
                throw new UserFixableException(where() + " must be a list ('- item' lines).");
            }
            List<String> out = new ArrayList<>();
            for (Object item : list) {
                if (item instanceof Map<?, ?> || item instanceof List<?> || item == null) {
                    throw new UserFixableException(where() + " holds an item that is not a plain string; quote"
                            + " commands that contain ': ' or start with a special character.");
                }
                out.add(String.valueOf(item));
            }
            return List.copyOf(out);
        }

        Map<String, String> texts() {
            Map<String, String> out = new LinkedHashMap<>();
            map().forEach((k, v) -> out.put(k, child(k).text("")));
            return out;
        }
    }
}
