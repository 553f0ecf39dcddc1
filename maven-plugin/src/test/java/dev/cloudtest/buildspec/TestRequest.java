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
 * of the {@link BuildspecRequest} record (so the record's checks run at the call, as the goal's do).
 */
final class TestRequest {
    private BuildspecRequest request = BuildspecRequest.defaults();

    BuildspecRequest build() {
        return request;
    }

    TestRequest template(String nameOrPath, Path baseDirectory) {
        request = request.withTemplate(
                new Template(nameOrPath, baseDirectory, request.template().variables()));
        return this;
    }

    TestRequest templateVariables(Map<String, String> variables) {
        Template t = request.template();
        request = request.withTemplate(new Template(t.nameOrPath(), t.baseDirectory(), variables));
        return this;
    }

    TestRequest java(String javaRuntime, String compilerRelease) {
        request = request.withRuntimes(
                new Runtimes(javaRuntime, compilerRelease, request.runtimes().pythonVersion()));
        return this;
    }

    TestRequest pythonVersion(String version) {
        Runtimes r = request.runtimes();
        request = request.withRuntimes(new Runtimes(r.javaRuntime(), r.compilerRelease(), version));
        return this;
    }

    TestRequest testCommand(String command) {
        Commands c = request.commands();
        return commands(new Commands(command, c.skipUnitTests(), c.phases(), c.finallyCommands(), c.onFailure()));
    }

    TestRequest skipUnitTests(boolean skip) {
        Commands c = request.commands();
        return commands(new Commands(c.testCommand(), skip, c.phases(), c.finallyCommands(), c.onFailure()));
    }

    TestRequest phaseCommands(String phase, List<String> commands) {
        Commands c = request.commands();
        Map<String, List<String>> phases = new LinkedHashMap<>(c.phases());
        phases.put(phase, commands);
        return commands(new Commands(c.testCommand(), c.skipUnitTests(), phases, c.finallyCommands(), c.onFailure()));
    }

    TestRequest finallyCommands(List<String> commands) {
        Commands c = request.commands();
        return commands(new Commands(c.testCommand(), c.skipUnitTests(), c.phases(), commands, c.onFailure()));
    }

    TestRequest onFailure(String onFailure) {
        Commands c = request.commands();
        return commands(new Commands(c.testCommand(), c.skipUnitTests(), c.phases(), c.finallyCommands(), onFailure));
    }

    private TestRequest commands(Commands commands) {
        request = request.withCommands(commands);
        return this;
    }

    TestRequest reportGroups(List<ReportGroupSpec> groups) {
        Reports r = request.reports();
        request = request.withReports(new Reports(groups, r.coverage(), r.coverageDirectory(), r.multiModule()));
        return this;
    }

    TestRequest coverage(boolean coverage, String directory) {
        Reports r = request.reports();
        request = request.withReports(new Reports(r.groups(), coverage, directory, r.multiModule()));
        return this;
    }

    TestRequest multiModule(boolean multiModule) {
        Reports r = request.reports();
        request = request.withReports(new Reports(r.groups(), r.coverage(), r.coverageDirectory(), multiModule));
        return this;
    }

    TestRequest env(
            Map<String, String> variables,
            Map<String, String> parameterStore,
            Map<String, String> secretsManager,
            List<String> exportedVariables) {
        request =
                request.withEnvironment(new Environment(variables, parameterStore, secretsManager, exportedVariables));
        return this;
    }

    TestRequest artifacts(List<String> files, String baseDirectory) {
        request = request.withArtifacts(new Artifacts(files, baseDirectory));
        return this;
    }

    TestRequest cache(boolean cache) {
        request = request.withCache(cache);
        return this;
    }

    TestRequest shards(int count, String filesGlob) {
        request = request.withShards(new Shards(count, filesGlob));
        return this;
    }

    TestRequest codeArtifact(String domain, String owner, String repository, String region) {
        request = request.withCodeArtifact(BuildspecRequest.codeArtifact(domain, owner, repository, region));
        return this;
    }

    TestRequest projectName(String name) {
        request = request.withProjectName(Optional.ofNullable(name));
        return this;
    }

    TestRequest header(String generatorVersion, String regenerateCommand) {
        request = request.withHeader(new Header(generatorVersion, regenerateCommand));
        return this;
    }
}
