package dev.cloudtest.buildspec;

import dev.cloudtest.core.UserFixableException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What to generate: the template and every parameter of {@code cloudtest:generate-buildspec}, grouped. Like every
 * goal's request it is a record the goal builds from its checked parameters; each group checks its own values on
 * construction (one line each, no empty list entries) and names the parameter at fault. Null or empty means "not
 * given": the template's or the derived value applies.
 *
 * @param cache keep the template's dependency cache (the Maven repository, settings.xml excluded)
 * @param projectName the CodeBuild project name, when known: report group names are checked against it
 */
public record BuildspecRequest(
        Template template,
        Runtimes runtimes,
        Commands commands,
        Reports reports,
        Environment environment,
        Artifacts artifacts,
        boolean cache,
        Shards shards,
        Optional<CodeArtifact> codeArtifact,
        Optional<String> projectName,
        Header header) {

    public BuildspecRequest {
        projectName = projectName.map(name -> oneLine("cloudtest.buildspec.projectName", name));
    }

    /**
     * @param nameOrPath built-in template name ({@code maven-failsafe}, {@code maven-surefire}, {@code pytest}) or
     *     a file path relative to {@code baseDirectory}
     * @param variables extra {@code {{name}}} values for the template
     */
    public record Template(String nameOrPath, Path baseDirectory, Map<String, String> variables) {
        public Template {
            nameOrPath = oneLine("cloudtest.buildspec.template", nameOrPath);
            variables = emptyForNull(variables);
        }
    }

    /**
     * @param javaRuntime an explicit runtime ({@code corretto21})
     * @param compilerRelease the project's compiler release, to derive the runtime from
     */
    public record Runtimes(String javaRuntime, String compilerRelease, String pythonVersion) {
        public Runtimes {
            javaRuntime = oneLine("cloudtest.buildspec.javaRuntime", javaRuntime);
            pythonVersion = oneLine("cloudtest.buildspec.pythonVersion", pythonVersion);
        }
    }

    /**
     * @param skipUnitTests keep the stage from re-running the unit tests the Build stage ran (a Maven command only)
     * @param phases commands that replace the template's commands of a phase (install, pre_build, build,
     *     post_build); phases without commands keep the template's
     * @param finallyCommands commands for the {@code finally} block of the phase that runs the tests
     * @param onFailure {@code on-failure} of the phase that runs the tests (ABORT, CONTINUE, RETRY, RETRY-n ...)
     */
    public record Commands(
            String testCommand,
            boolean skipUnitTests,
            Map<String, List<String>> phases,
            List<String> finallyCommands,
            String onFailure) {
        public Commands {
            Map<String, List<String>> given = new LinkedHashMap<>();
            if (phases != null) {
                phases.forEach((phase, commands) -> {
                    if (commands != null && !commands.isEmpty()) {
                        given.put(phase, entries(commands, commandsParameter(phase), "<command>"));
                    }
                });
            }
            phases = Collections.unmodifiableMap(given);
            finallyCommands = entries(finallyCommands, "finallyCommands", "<command>");
            onFailure = oneLine("cloudtest.buildspec.onFailure", onFailure);
        }
    }

    /**
     * @param groups report groups replacing the template's; empty keeps the template's
     * @param coverage adds a JACOCOXML report group reading {@code coverageDirectory/jacoco.xml} (the template's
     *     directory when null)
     * @param multiModule copies every module's reports into one folder per group after the tests
     *     (docs/buildspec.md pitfall 6)
     */
    public record Reports(
            List<ReportGroupSpec> groups, boolean coverage, String coverageDirectory, boolean multiModule) {
        public Reports {
            groups = groups == null ? List.of() : List.copyOf(groups);
            coverageDirectory = oneLine("cloudtest.buildspec.coverageDirectory", coverageDirectory);
        }
    }

    /**
     * Plain variables, Parameter Store names and Secrets Manager references (never values), and variables exported
     * to CodePipeline.
     */
    public record Environment(
            Map<String, String> variables,
            Map<String, String> parameterStore,
            Map<String, String> secretsManager,
            List<String> exportedVariables) {
        public Environment {
            variables = emptyForNull(variables);
            parameterStore = Collections.unmodifiableMap(copy(parameterStore));
            secretsManager = Collections.unmodifiableMap(copy(secretsManager));
            exportedVariables = oneLine(
                    "cloudtest.buildspec.exportedVariables",
                    entries(exportedVariables, "exportedVariables", "<exportedVariable>"));
        }
    }

    /** Files CodeBuild uploads as the action's output artifact; none: no {@code artifacts:} section. */
    public record Artifacts(List<String> files, String baseDirectory) {
        public Artifacts {
            files = oneLine("cloudtest.buildspec.artifactFiles", entries(files, "artifactFiles", "file"));
            baseDirectory = oneLine("cloudtest.buildspec.artifactsBaseDirectory", baseDirectory);
        }
    }

    /**
     * @param count fan-out shards (1: a plain build)
     * @param filesGlob overrides the template's test file glob
     */
    public record Shards(int count, String filesGlob) {
        public Shards {
            filesGlob = oneLine("cloudtest.buildspec.shardFiles", filesGlob);
        }
    }

    /** What the header comment names: the plugin version and the command that regenerates the file. */
    public record Header(String generatorVersion, String regenerateCommand) {
        public Header {
            generatorVersion = generatorVersion == null ? "" : generatorVersion;
        }
    }

    /**
     * Resolve Maven artifacts from an AWS CodeArtifact repository: all four values, or none (empty); a partial set
     * is refused naming what is missing.
     */
    public static Optional<CodeArtifact> codeArtifact(String domain, String owner, String repository, String region) {
        boolean any = Stream.of(domain, owner, repository, region).anyMatch(v -> v != null && !v.isBlank());
        return any ? Optional.of(new CodeArtifact(domain, owner, repository, region)) : Optional.empty();
    }

    /** {@code preBuildCommands} for {@code pre_build}: the Mojo parameter that sets a phase's commands. */
    static String commandsParameter(String phase) {
        StringBuilder name = new StringBuilder();
        for (String part : phase.split("_")) {
            name.append(name.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return name.append("Commands").toString();
    }

    /** The list without nulls: an empty element in the POM ({@code <command/>}) is a mistake to name, not an NPE. */
    static List<String> entries(List<String> value, String parameter, String element) {
        if (value == null) {
            return List.of();
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i) == null || value.get(i).isBlank()) {
                throw new UserFixableException("<" + parameter + "> has an empty " + element + " entry (entry "
                        + (i + 1) + " of " + value.size() + "); remove it or give it a value.");
            }
        }
        return List.copyOf(value);
    }

    private static String oneLine(String parameter, String value) {
        return ParameterText.requireOneLine(parameter, value);
    }

    private static List<String> oneLine(String parameter, List<String> values) {
        values.forEach(value -> ParameterText.requireOneLine(parameter, value));
        return values;
    }

    /** An empty POM element ({@code <NAME/>}) means an empty value. */
    private static Map<String, String> emptyForNull(Map<String, String> value) {
        Map<String, String> copy = copy(value);
        copy.replaceAll((name, v) -> v == null ? "" : v);
        return Collections.unmodifiableMap(copy);
    }

    private static Map<String, String> copy(Map<String, String> value) {
        return value == null ? new LinkedHashMap<>() : new LinkedHashMap<>(value);
    }
}
