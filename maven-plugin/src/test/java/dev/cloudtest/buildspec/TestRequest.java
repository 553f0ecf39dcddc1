package dev.cloudtest.buildspec;

import dev.cloudtest.buildspec.BuildspecRequest.Artifacts;
import dev.cloudtest.buildspec.BuildspecRequest.Commands;
import dev.cloudtest.buildspec.BuildspecRequest.Environment;
import dev.cloudtest.buildspec.BuildspecRequest.Header;
import dev.cloudtest.buildspec.BuildspecRequest.Reports;
import dev.cloudtest.buildspec.BuildspecRequest.Runtimes;
import dev.cloudtest.buildspec.BuildspecRequest.Shards;
import dev.cloudtest.buildspec.BuildspecRequest.Template;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A test-data builder: one parameter at a time, as the tests read best; each call replaces one value of a group
 * of the {@link BuildspecRequest} record (so the group's checks run at the call), and {@link #build()} makes the
 * record. Unset groups hold what the goal passes when nothing is configured.
 */
final class TestRequest {
    private Template template = new Template(BuildspecTemplate.DEFAULT, Path.of("."), Map.of());
    private Runtimes runtimes = new Runtimes(null, null, null);
    private Commands commands = new Commands(null, false, Map.of(), List.of(), null);
    private Reports reports = new Reports(List.of(), false, null, false);
    private Environment environment = new Environment(Map.of(), Map.of(), Map.of(), List.of());
    private Artifacts artifacts = new Artifacts(List.of(), null);
    private boolean cache = true;
    private Shards shards = new Shards(1, null);
    private Optional<CodeArtifact> codeArtifact = Optional.empty();
    private Optional<String> projectName = Optional.empty();
    private Header header = new Header("", "mvn cloudtest:generate-buildspec");

    BuildspecRequest build() {
        return new BuildspecRequest(
                template,
                runtimes,
                commands,
                reports,
                environment,
                artifacts,
                cache,
                shards,
                codeArtifact,
                projectName,
                header);
    }

    TestRequest template(String nameOrPath, Path baseDirectory) {
        template = new Template(nameOrPath, baseDirectory, template.variables());
        return this;
    }

    TestRequest templateVariables(Map<String, String> variables) {
        template = new Template(template.nameOrPath(), template.baseDirectory(), variables);
        return this;
    }

    TestRequest java(String javaRuntime, String compilerRelease) {
        runtimes = new Runtimes(javaRuntime, compilerRelease, runtimes.pythonVersion());
        return this;
    }

    TestRequest pythonVersion(String version) {
        runtimes = new Runtimes(runtimes.javaRuntime(), runtimes.compilerRelease(), version);
        return this;
    }

    TestRequest testCommand(String command) {
        Commands c = commands;
        commands = new Commands(command, c.skipUnitTests(), c.phases(), c.finallyCommands(), c.onFailure());
        return this;
    }

    TestRequest skipUnitTests(boolean skip) {
        Commands c = commands;
        commands = new Commands(c.testCommand(), skip, c.phases(), c.finallyCommands(), c.onFailure());
        return this;
    }

    TestRequest phaseCommands(String phase, List<String> phaseCommands) {
        Commands c = commands;
        Map<String, List<String>> phases = new LinkedHashMap<>(c.phases());
        phases.put(phase, phaseCommands);
        commands = new Commands(c.testCommand(), c.skipUnitTests(), phases, c.finallyCommands(), c.onFailure());
        return this;
    }

    TestRequest finallyCommands(List<String> finallyCommands) {
        Commands c = commands;
        commands = new Commands(c.testCommand(), c.skipUnitTests(), c.phases(), finallyCommands, c.onFailure());
        return this;
    }

    TestRequest onFailure(String onFailure) {
        Commands c = commands;
        commands = new Commands(c.testCommand(), c.skipUnitTests(), c.phases(), c.finallyCommands(), onFailure);
        return this;
    }

    TestRequest reportGroups(List<ReportGroupSpec> groups) {
        reports = new Reports(groups, reports.coverage(), reports.coverageDirectory(), reports.multiModule());
        return this;
    }

    TestRequest coverage(boolean coverage, String directory) {
        reports = new Reports(reports.groups(), coverage, directory, reports.multiModule());
        return this;
    }

    TestRequest multiModule(boolean multiModule) {
        reports = new Reports(reports.groups(), reports.coverage(), reports.coverageDirectory(), multiModule);
        return this;
    }

    TestRequest env(
            Map<String, String> variables,
            Map<String, String> parameterStore,
            Map<String, String> secretsManager,
            List<String> exportedVariables) {
        environment = new Environment(variables, parameterStore, secretsManager, exportedVariables);
        return this;
    }

    TestRequest artifacts(List<String> files, String baseDirectory) {
        artifacts = new Artifacts(files, baseDirectory);
        return this;
    }

    TestRequest cache(boolean value) {
        cache = value;
        return this;
    }

    TestRequest shards(int count, String filesGlob) {
        shards = new Shards(count, filesGlob);
        return this;
    }

    TestRequest codeArtifact(String domain, String owner, String repository, String region) {
        codeArtifact = BuildspecRequest.codeArtifact(domain, owner, repository, region);
        return this;
    }

    TestRequest projectName(String name) {
        projectName = Optional.ofNullable(name);
        return this;
    }

    TestRequest header(String generatorVersion, String regenerateCommand) {
        header = new Header(generatorVersion, regenerateCommand);
        return this;
    }
}
