package dev.cloudtest.buildspec;

import dev.cloudtest.core.UserFixableException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to generate: the template and every parameter of {@code cloudtest:generate-buildspec}. Null or empty
 * means "not given" (the template's or the derived value applies).
 */
public final class BuildspecRequest {
    String template = BuildspecTemplate.DEFAULT;
    Path baseDirectory = Path.of(".");
    String javaRuntime;
    String compilerRelease;
    String pythonVersion;
    String testCommand;
    final Map<String, List<String>> phaseCommands = new LinkedHashMap<>();
    List<String> finallyCommands = List.of();
    List<ReportGroupSpec> reportGroups = List.of();
    boolean coverage;
    String coverageDirectory;
    boolean multiModule;
    Map<String, String> variables = Map.of();
    Map<String, String> parameterStore = Map.of();
    Map<String, String> secretsManager = Map.of();
    List<String> exportedVariables = List.of();
    List<String> artifactFiles = List.of();
    String artifactsBaseDirectory;
    boolean cache = true;
    String onFailure;
    int shards = 1;
    boolean skipUnitTests;
    CodeArtifact codeArtifact;
    String shardFiles;
    Map<String, String> templateVariables = Map.of();
    String projectName;
    String regenerateCommand = "mvn cloudtest:generate-buildspec";
    String generatorVersion = "";

    /** Built-in template name ({@code maven-failsafe}, {@code maven-surefire}, {@code pytest}) or file path. */
    public BuildspecRequest template(String nameOrPath, Path baseDirectory) {
        this.template = oneLine("cloudtest.buildspec.template", nameOrPath);
        this.baseDirectory = baseDirectory;
        return this;
    }

    /** An explicit runtime ({@code corretto21}), or the project's compiler release to derive it from. */
    public BuildspecRequest java(String javaRuntime, String compilerRelease) {
        this.javaRuntime = oneLine("cloudtest.buildspec.javaRuntime", javaRuntime);
        this.compilerRelease = compilerRelease;
        return this;
    }

    public BuildspecRequest pythonVersion(String value) {
        this.pythonVersion = oneLine("cloudtest.buildspec.pythonVersion", value);
        return this;
    }

    /** Keep the stage from re-running the unit tests the Build stage ran (a Maven test command only). */
    public BuildspecRequest skipUnitTests(boolean value) {
        this.skipUnitTests = value;
        return this;
    }

    public BuildspecRequest testCommand(String value) {
        this.testCommand = value;
        return this;
    }

    /** Commands that replace the template's commands of {@code phase} (install, pre_build, build, post_build). */
    public BuildspecRequest phaseCommands(String phase, List<String> commands) {
        if (commands != null && !commands.isEmpty()) {
            phaseCommands.put(phase, entries(commands, commandsParameter(phase), "<command>"));
        }
        return this;
    }

    /** Commands for the {@code finally} block of the phase that runs the tests. */
    public BuildspecRequest finallyCommands(List<String> value) {
        this.finallyCommands = entries(value, "finallyCommands", "<command>");
        return this;
    }

    /** Report groups replacing the template's; empty keeps the template's. */
    public BuildspecRequest reportGroups(List<ReportGroupSpec> value) {
        this.reportGroups = nonNull(value);
        return this;
    }

    /** Adds a JACOCOXML report group reading {@code directory/jacoco.xml} (template default when null). */
    public BuildspecRequest coverage(boolean enabled, String directory) {
        this.coverage = enabled;
        this.coverageDirectory = oneLine("cloudtest.buildspec.coverageDirectory", directory);
        return this;
    }

    /** Copies every module's reports into one folder per group after the tests (docs/buildspec.md pitfall 6). */
    public BuildspecRequest multiModule(boolean value) {
        this.multiModule = value;
        return this;
    }

    /**
     * Environment: plain variables, Parameter Store names and Secrets Manager references (never values), and
     * variables exported to CodePipeline.
     */
    public BuildspecRequest env(
            Map<String, String> variables,
            Map<String, String> parameterStore,
            Map<String, String> secretsManager,
            List<String> exportedVariables) {
        this.variables = emptyForNull(variables);
        this.parameterStore = nonNull(parameterStore);
        this.secretsManager = nonNull(secretsManager);
        this.exportedVariables = oneLine(
                "cloudtest.buildspec.exportedVariables",
                entries(exportedVariables, "exportedVariables", "<exportedVariable>"));
        return this;
    }

    public BuildspecRequest artifacts(List<String> files, String baseDirectory) {
        this.artifactFiles = oneLine("cloudtest.buildspec.artifactFiles", entries(files, "artifactFiles", "file"));
        this.artifactsBaseDirectory = oneLine("cloudtest.buildspec.artifactsBaseDirectory", baseDirectory);
        return this;
    }

    /** Whether to keep the template's dependency cache (the Maven repository, settings.xml excluded). */
    public BuildspecRequest cache(boolean value) {
        this.cache = value;
        return this;
    }

    /** {@code on-failure} of the phase that runs the tests (ABORT, CONTINUE, RETRY, RETRY-n ...). */
    public BuildspecRequest onFailure(String value) {
        this.onFailure = oneLine("cloudtest.buildspec.onFailure", value);
        return this;
    }

    /** Fan-out shards (1: a plain build); {@code filesGlob} overrides the template's test file glob. */
    public BuildspecRequest shards(int count, String filesGlob) {
        this.shards = count;
        this.shardFiles = oneLine("cloudtest.buildspec.shardFiles", filesGlob);
        return this;
    }

    /** Extra {@code {{name}}} values for the template. */
    public BuildspecRequest templateVariables(Map<String, String> value) {
        this.templateVariables = emptyForNull(value);
        return this;
    }

    /** The CodeBuild project name, when known: report group names are checked against it. */
    public BuildspecRequest projectName(String value) {
        this.projectName = oneLine("cloudtest.buildspec.projectName", value);
        return this;
    }

    /** What the header comment names: the plugin version and the command that regenerates the file. */
    public BuildspecRequest header(String generatorVersion, String regenerateCommand) {
        this.generatorVersion = generatorVersion == null ? "" : generatorVersion;
        this.regenerateCommand = regenerateCommand;
        return this;
    }

    private static String oneLine(String parameter, String value) {
        return ParameterText.requireOneLine(parameter, value);
    }

    private static List<String> oneLine(String parameter, List<String> values) {
        values.forEach(value -> ParameterText.requireOneLine(parameter, value));
        return values;
    }

    /**
     * Resolve Maven artifacts from an AWS CodeArtifact repository: all four values, or none (a no-op); a partial set
     * is refused naming what is missing.
     */
    public BuildspecRequest codeArtifact(String domain, String owner, String repository, String region) {
        boolean any =
                java.util.stream.Stream.of(domain, owner, repository, region).anyMatch(v -> v != null && !v.isBlank());
        this.codeArtifact = any ? new CodeArtifact(domain, owner, repository, region) : null;
        return this;
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
        if (value.stream().anyMatch(entry -> entry == null || entry.isBlank())) {
            throw new UserFixableException("<" + parameter + "> has an empty " + element + " entry (entry "
                    + (indexOfBlank(value) + 1) + " of " + value.size() + "); remove it or give it a value.");
        }
        return List.copyOf(value);
    }

    private static int indexOfBlank(List<String> value) {
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i) == null || value.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** An empty POM element ({@code <NAME/>}) means an empty value. */
    private static Map<String, String> emptyForNull(Map<String, String> value) {
        Map<String, String> copy = new LinkedHashMap<>(nonNull(value));
        copy.replaceAll((name, v) -> v == null ? "" : v);
        return copy;
    }

    private static <T> List<T> nonNull(List<T> value) {
        return value == null ? List.of() : List.copyOf(value);
    }

    private static Map<String, String> nonNull(Map<String, String> value) {
        return value == null ? Map.of() : new LinkedHashMap<>(value);
    }
}
