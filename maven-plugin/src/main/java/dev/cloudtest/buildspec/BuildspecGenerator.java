package dev.cloudtest.buildspec;

import dev.cloudtest.core.Secrets;
import dev.cloudtest.core.UserFixableException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Template + parameters -> buildspec text, checked by the validator before anyone sees it. */
public final class BuildspecGenerator {
    private static final String REPORTS_DIR = "codebuild-reports/";

    private BuildspecGenerator() {}

    /** The buildspec text for {@code request}; throws {@link UserFixableException} on bad input. */
    public static Generated generate(BuildspecRequest request) {
        if (request.shards().count() < 1 || request.shards().count() > BuildspecFiles.MAX_SHARDS) {
            throw new UserFixableException(
                    "cloudtest.shards=" + request.shards().count() + " is out of range; use 1 (one build)" + " to "
                            + BuildspecFiles.MAX_SHARDS + ", CodeBuild's limit for a batch build.");
        }
        BuildspecTemplate template = BuildspecTemplate.resolve(
                request.template().nameOrPath(), request.template().baseDirectory());
        Map<String, String> variables = variables(template, request);
        Buildspec spec = template.instantiate(variables);
        String testCommand = variables.get("testCommand");
        request.commands().phases().forEach((phase, commands) -> {
            spec.phase(phase).commands.clear();
            commands.forEach(command -> spec.phase(phase)
                    .commands
                    .add(template.substitute(
                            command, variables, "<" + BuildspecRequest.commandsParameter(phase) + ">")));
        });
        // First in pre_build: every later Maven command resolves through the repository.
        request.codeArtifact()
                .ifPresent(repository -> spec.phase("pre_build").commands.addAll(0, repository.commands()));
        Buildspec.Phase testPhase = testPhase(spec, testCommand);
        reports(spec, template, request.reports(), testPhase);
        testPhase.finallyCommands.addAll(request.commands().finallyCommands());
        String onFailure = request.commands().onFailure();
        if (onFailure != null && !onFailure.isBlank()) {
            testPhase.onFailure = onFailure.trim();
        }
        env(spec, request.environment());
        artifacts(spec, request.artifacts());
        if (!request.cache()) {
            spec.cache = null;
        }
        if (request.shards().count() > 1) {
            shard(spec, template, request, testPhase, testCommand);
        }
        String text = BuildspecWriter.write(spec, header(template, request));
        List<Finding> findings = BuildspecValidator.validate(
                "generated buildspec", text, request.projectName().orElse(null));
        if (!findings.isEmpty()) {
            throw new UserFixableException("The generated buildspec would not be clean; fix these parameters:\n  "
                    + String.join(
                            "\n  ", findings.stream().map(Finding::toString).toList()));
        }
        return new Generated(
                text,
                template.name(),
                request.shards().count() > 1 ? request.shards().count() : 0,
                spec.reports.keySet());
    }

    /** The generated text, the template used, the fan-out parallelism (0: none) and the report group names. */
    public record Generated(String text, String template, int fanoutParallelism, Set<String> reportGroups) {}

    private static Map<String, String> variables(BuildspecTemplate template, BuildspecRequest request) {
        Map<String, String> variables = new LinkedHashMap<>(template.variableDefaults());
        List<String> userCommands = request.commands().phases().values().stream()
                .flatMap(List::stream)
                .toList();
        // Derived only where used, so a Python template never trips over the project's Java release.
        BuildspecRequest.Runtimes runtimes = request.runtimes();
        if (template.usesVariable("javaRuntime", userCommands) || runtimes.javaRuntime() != null) {
            variables.put("javaRuntime", JavaRuntimes.choose(runtimes.javaRuntime(), runtimes.compilerRelease()));
        }
        variables.put("pythonVersion", pythonVersion(runtimes.pythonVersion()));
        variables.putAll(new TreeMap<>(request.template().variables()));
        String testCommand = request.commands().testCommand();
        if (testCommand != null && !testCommand.isBlank()) {
            variables.put("testCommand", testCommand);
        }
        if (request.commands().skipUnitTests()) {
            String command = variables.getOrDefault("testCommand", "");
            if (!command.contains("mvn")) {
                throw new UserFixableException("cloudtest.buildspec.skipUnitTests works with a Maven test command;"
                        + " template " + template.name() + " runs '" + command + "'. Give the command without unit"
                        + " tests in cloudtest.buildspec.testCommand instead.");
            }
            // Surefire selects no test and does not fail for it; Failsafe's *IT tests still run (it reads it.test).
            variables.put("testCommand", command + " " + UNIT_TESTS_OFF);
        }
        return variables;
    }

    /** What skipUnitTests adds: honoured by every Surefire 3.x, ignored by Failsafe (unlike -DskipTests before 3.6). */
    static final String UNIT_TESTS_OFF = "-Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false";

    private static String pythonVersion(String explicit) {
        BuildspecRules rules = BuildspecRules.get();
        if (explicit == null || explicit.isBlank()) {
            return rules.text("default-python-version");
        }
        if (!rules.list("python-versions").contains(explicit.trim())) {
            throw new UserFixableException("cloudtest.buildspec.pythonVersion=" + explicit + " is not pre-installed on"
                    + " current CodeBuild images. Use one of " + rules.list("python-versions") + ".");
        }
        return explicit.trim();
    }

    /** The phase whose commands hold the test command; {@code build} when none does. */
    private static Buildspec.Phase testPhase(Buildspec spec, String testCommand) {
        return spec.phases.values().stream()
                .filter(phase -> phase.commands.contains(testCommand))
                .findFirst()
                .orElseGet(() -> spec.phase("build"));
    }

    private static void reports(
            Buildspec spec, BuildspecTemplate template, BuildspecRequest.Reports request, Buildspec.Phase testPhase) {
        if (!request.groups().isEmpty()) {
            spec.reports.clear();
            request.groups()
                    .forEach(group -> spec.reports.put(
                            group.name(),
                            Buildspec.ReportGroup.of(group.baseDirectory(), group.fileFormat(), group.files())));
        }
        if (request.coverage()) {
            String directory = request.coverageDirectory() != null
                    ? request.coverageDirectory()
                    : template.coverageDirectory().orElse("target/site/jacoco");
            spec.reports.put("coverage", Buildspec.ReportGroup.of(directory, "JACOCOXML", List.of("jacoco.xml")));
        }
        if (request.multiModule()) {
            List<String> junitDirectories = BuildspecRules.get().list("junit-report-directories");
            spec.reports.forEach((name, group) -> {
                boolean collect = group.baseDirectory != null
                        && (group.fileFormat.equals("JACOCOXML")
                                || junitDirectories.stream().anyMatch(d -> group.baseDirectory.endsWith(d)));
                if (collect) {
                    testPhase.finallyCommands.addAll(
                            ReportCollection.commands(group, REPORTS_DIR + safeDirectoryName(name)));
                    group.baseDirectory = REPORTS_DIR + safeDirectoryName(name);
                }
            });
        }
    }

    private static String safeDirectoryName(String groupName) {
        return groupName.replaceAll(".*/", "").replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private static void env(Buildspec spec, BuildspecRequest.Environment request) {
        new TreeMap<>(request.variables()).forEach(spec.env.variables::put);
        new TreeMap<>(request.parameterStore()).forEach((name, parameter) -> {
            requireReference(
                    name,
                    Secrets.looksLikeParameterName(parameter),
                    "parameterStore",
                    "a Parameter Store parameter name");
            spec.env.parameterStore.put(name, parameter);
        });
        new TreeMap<>(request.secretsManager()).forEach((name, secret) -> {
            requireReference(
                    name,
                    Secrets.looksLikeSecretReference(secret),
                    "secretsManager",
                    "a Secrets Manager reference (secret-id[:json-key[:version-stage[:version-id]]])");
            spec.env.secretsManager.put(name, secret);
        });
        request.exportedVariables().forEach(spec.env.exportedVariables::add);
        if (!spec.reports.isEmpty()) {
            spec.env.variables.put(BuildspecRules.get().text("auto-discover-variable"), "false");
        }
    }

    private static void requireReference(String name, boolean isReference, String parameter, String what) {
        if (!isReference) {
            throw new UserFixableException("<" + parameter + "> " + name + " must be " + what + ", not a value: the"
                    + " buildspec holds references only, so a secret never enters the file.");
        }
    }

    private static void artifacts(Buildspec spec, BuildspecRequest.Artifacts request) {
        if (request.files().isEmpty()) {
            return;
        }
        spec.artifacts = new Buildspec.Artifacts();
        spec.artifacts.files.addAll(request.files());
        spec.artifacts.baseDirectory = request.baseDirectory();
    }

    private static void shard(
            Buildspec spec,
            BuildspecTemplate template,
            BuildspecRequest request,
            Buildspec.Phase testPhase,
            String testCommand) {
        int index = testPhase.commands.indexOf(testCommand);
        if (index < 0) {
            throw new UserFixableException(
                    "cloudtest.shards=" + request.shards().count() + " needs the test command as one"
                            + " command of its own (exactly \"{{testCommand}}\"), in template " + template.name()
                            + " or in the configured phase commands; none is.");
        }
        String shardFiles = request.shards().filesGlob();
        String glob = shardFiles != null && !shardFiles.isBlank()
                ? shardFiles
                : template.shardFiles()
                        .orElseThrow(
                                () -> new UserFixableException(
                                        "Template " + template.name()
                                                + " names no test files to shard; set cloudtest.buildspec.shardFiles (e.g. '**/*IT.java')."));
        testPhase.commands.set(
                index,
                ShardCommand.of(
                        testCommand, glob, template.shardSelectorProperty(), template.shardAllowEmptyProperty()));
        spec.fanoutParallelism = request.shards().count();
    }

    private static List<String> header(BuildspecTemplate template, BuildspecRequest request) {
        List<String> lines = new ArrayList<>();
        lines.add("Generated by cloudtest-maven-plugin " + request.header().generatorVersion()
                + " (cloudtest:generate-buildspec) from template " + templateLabel(template, request) + ".");
        lines.add("Do not edit by hand. Change the plugin configuration, then regenerate with:");
        lines.add("  " + request.header().regenerateCommand());
        lines.add("CI drift check: add -Dcloudtest.buildspec.check=true");
        if (request.shards().count() > 1) {
            lines.add("Batch fan-out: the CodeBuild project and the pipeline action must run batch builds.");
        }
        lines.add("");
        return lines;
    }

    /** The template's name, or its path relative to the project, so the header is the same on every machine. */
    private static String templateLabel(BuildspecTemplate template, BuildspecRequest request) {
        return BuildspecTemplate.BUILT_IN.contains(template.name())
                ? template.name()
                : request.template().nameOrPath().trim();
    }
}
