package dev.cloudtest.runner;

import dev.cloudtest.core.Reporter;
import dev.cloudtest.core.ResultFiles;
import dev.cloudtest.core.Secrets;
import dev.cloudtest.core.TimeSource;
import dev.cloudtest.core.UserFixableException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code cloudtest:run-buildspec}: runs a buildspec on this machine as CodeBuild would, then does with its
 * {@code reports:}, {@code artifacts:} and {@code cache:} what CodeBuild would, and writes
 * {@code run-buildspec-result.json}. Fails when the build fails, a report group matches no file, or tests failed.
 */
public final class LocalBuild {
    /**
     * @param sourceDirectory {@code CODEBUILD_SRC_DIR}: where the commands start and relative paths are resolved
     * @param phaseTimeout how long one phase may take before its process tree is killed
     * @param artifactsDirectory where to zip the artifacts, or null to only list them
     * @param cacheDirectory where {@code cache.paths} are saved and restored from, or null for no cache
     * @param environment the machine's environment the build starts from
     */
    public record Request(
            Path buildspec,
            Path sourceDirectory,
            Path outputDirectory,
            Duration phaseTimeout,
            Path artifactsDirectory,
            Path cacheDirectory,
            Map<String, String> environment,
            String sourceVersion,
            SecretSource secrets) {}

    /** What the run did; written as {@code run-buildspec-result.json}. */
    public record Result(
            String buildspec,
            String buildId,
            boolean succeeded,
            List<BuildspecRunner.PhaseResult> phases,
            List<ReportGroupResult> reportGroups,
            List<String> artifacts,
            String artifactsZip,
            LocalCache.Summary cache,
            List<String> exportedVariables,
            List<String> problems) {}

    private final Reporter reporter;
    private final TimeSource time;

    public LocalBuild(Reporter reporter, TimeSource time) {
        this.reporter = reporter;
        this.time = time;
    }

    public Result run(Request request) {
        LocalBuildspec spec = LocalBuildspec.read(request.buildspec());
        warnAboutWhatIsNotApplied(spec);
        Instant buildStart = time.now();
        Map<String, String> environment = environment(spec, request);
        LocalCache cache = request.cacheDirectory() == null || spec.cachePaths().isEmpty()
                ? null
                : new LocalCache(request.cacheDirectory(), request.sourceDirectory(), reporter);
        if (cache != null) {
            cache.restore(spec.cachePaths());
        }
        BuildspecRunner.Outcome outcome = new BuildspecRunner(reporter, time)
                .run(
                        spec,
                        environment,
                        request.outputDirectory().resolve("run-buildspec-shell"),
                        request.phaseTimeout());
        List<ReportGroupResult> groups =
                new ReportGroups(reporter).read(spec.reports(), request.sourceDirectory(), buildStart);
        groups.forEach(this::log);
        ArtifactFiles.Listing artifacts = new ArtifactFiles(reporter)
                .collect(spec.artifacts(), request.sourceDirectory(), request.artifactsDirectory());
        LocalCache.Summary cacheSummary = cache == null ? null : cache.save(spec.cachePaths());
        List<String> problems = problems(outcome, groups);
        List<String> exported = new ArrayList<>();
        outcome.exportedVariables()
                .forEach((name, value) ->
                        exported.add(Secrets.looksLikeSecret(name, value) ? name + "=****" : name + "=" + value));
        exported.forEach(line -> reporter.info("Exported variable " + line));
        Result result = new Result(
                request.buildspec().toString(),
                environment.get("CODEBUILD_BUILD_ID"),
                problems.isEmpty(),
                outcome.phases(),
                groups,
                artifacts.files(),
                artifacts.zip() == null ? null : artifacts.zip().toString(),
                cacheSummary,
                exported,
                problems);
        ResultFiles.writeJson(request.outputDirectory(), "run-buildspec-result.json", result);
        if (!problems.isEmpty()) {
            throw new UserFixableException(
                    "The buildspec " + request.buildspec().getFileName() + " would fail in CodeBuild:\n  - "
                            + String.join("\n  - ", problems));
        }
        reporter.info("Build succeeded: every phase passed and every report group has its files ("
                + request.buildspec().getFileName() + ").");
        return result;
    }

    private static List<String> problems(BuildspecRunner.Outcome outcome, List<ReportGroupResult> groups) {
        List<String> problems = new ArrayList<>();
        for (BuildspecRunner.PhaseResult phase : outcome.phases()) {
            if (phase.failed()) {
                problems.add("phase " + phase.phase() + " " + phase.status() + ": '" + phase.failedCommand() + "' ("
                        + phase.reason() + ")");
            }
        }
        for (ReportGroupResult group : groups) {
            if (group.problem() != null) {
                problems.add("report group " + group.name() + ": " + group.problem());
            } else if (group.testsFailed()) {
                problems.add(
                        "report group " + group.name() + ": " + group.counts().failures() + " failed and "
                                + group.counts().errors() + " errored test(s)");
            }
            group.unreadableFiles().forEach(f -> problems.add("report group " + group.name() + ": unreadable " + f));
        }
        return problems;
    }

    private void log(ReportGroupResult group) {
        if (group.problem() != null) {
            reporter.error("Report group " + group.name() + ": " + group.problem());
            return;
        }
        if (!group.fileFormat().equals("JUNITXML")) {
            reporter.info("Report group " + group.name() + " (" + group.fileFormat() + "): "
                    + group.files().size() + " file(s) in " + group.lookedIn() + " (this format is not read locally)");
            return;
        }
        var c = group.counts();
        String line = "Report group " + group.name() + ": " + c.tests() + " tests, " + c.failures() + " failures, "
                + c.errors() + " errors, " + c.skipped() + " skipped from "
                + group.files().size() + " file(s) in "
                + group.lookedIn();
        if (group.testsFailed()) {
            reporter.error(line);
            group.failingTests().stream().limit(20).forEach(t -> reporter.error("  " + t));
        } else {
            reporter.info(line);
        }
    }

    private void warnAboutWhatIsNotApplied(LocalBuildspec spec) {
        if (spec.runAs() != null) {
            reporter.warn("run-as: " + spec.runAs() + " is not applied locally; commands run as the current user.");
        }
        if (spec.hasProxy()) {
            reporter.warn("proxy: is not applied locally.");
        }
        spec.phases().forEach((phase, p) -> {
            if (p.runAs() != null) {
                reporter.warn("phases." + phase.key + ".run-as is not applied locally.");
            }
            p.runtimeVersions().forEach((runtime, version) -> RuntimeCheck.warnIfDifferent(runtime, version, reporter));
        });
    }

    /**
     * {@code parameter-store} and {@code secrets-manager} entries: a value already in the machine's environment
     * wins (nothing fetched); else, when the goal was asked to, it is read through {@code secrets}; else the run
     * stops naming the variable. Values are never printed.
     */
    private void resolveReferences(LocalBuildspec spec, Request request, Map<String, String> env) {
        Map<String, String> references = new LinkedHashMap<>(spec.parameterStore());
        references.putAll(spec.secretsManager());
        for (Map.Entry<String, String> reference : references.entrySet()) {
            String name = reference.getKey();
            boolean parameter = spec.parameterStore().containsKey(name);
            String where = "env." + (parameter ? "parameter-store" : "secrets-manager") + "." + name;
            if (request.environment().containsKey(name)) {
                reporter.info(where + ": using the value already in this machine's environment (not printed).");
                env.put(name, request.environment().get(name));
            } else if (request.secrets() != null) {
                env.put(
                        name,
                        parameter
                                ? request.secrets().parameter(reference.getValue())
                                : secret(request.secrets(), reference.getValue(), where));
                reporter.info(where + ": read from AWS (not printed).");
            } else {
                throw new UserFixableException(spec.file() + ": " + where + " is read from AWS in CodeBuild;"
                        + " run-buildspec does not fetch it unless asked. Export " + name + " in the environment that"
                        + " runs Maven, or add -Dcloudtest.runBuildspec.resolveSecrets=true to read it with your AWS"
                        + " credentials (its value is never printed).");
            }
        }
    }

    /** {@code secret-id:json-key:version-stage:version-id}, where the id may be an ARN (which has colons itself). */
    static String secret(SecretSource secrets, String reference, String where) {
        String[] parts = reference.split(":", -1);
        int idParts = reference.startsWith("arn:") ? Math.min(7, parts.length) : 1;
        String id = String.join(":", java.util.Arrays.copyOfRange(parts, 0, idParts));
        String jsonKey = part(parts, idParts);
        String stage = part(parts, idParts + 1);
        String version = part(parts, idParts + 2);
        if (id.isEmpty() || (stage != null && version != null)) {
            throw new UserFixableException(where + " '" + reference + "' is not secret-id[:json-key[:version-stage"
                    + "[:version-id]]] with either a stage or an id.");
        }
        return secrets.secret(id, jsonKey, stage, version);
    }

    private static String part(String[] parts, int index) {
        return index < parts.length && !parts[index].isEmpty() ? parts[index] : null;
    }

    private Map<String, String> environment(LocalBuildspec spec, Request request) {
        Map<String, String> env = new LinkedHashMap<>(request.environment());
        String buildNumber = "1";
        String id = "local:" + UUID.randomUUID();
        Instant start = time.now();
        env.put("CODEBUILD_SRC_DIR", request.sourceDirectory().toAbsolutePath().toString());
        env.put("CODEBUILD_BUILD_ID", id);
        env.put("CODEBUILD_BUILD_ARN", "arn:aws:codebuild:local:000000000000:build/" + id);
        env.put("CODEBUILD_BUILD_NUMBER", buildNumber);
        env.put("CODEBUILD_BUILD_SUCCEEDING", "1");
        env.put("CODEBUILD_INITIATOR", "cloudtest/run-buildspec");
        env.put("CODEBUILD_START_TIME", Long.toString(start.toEpochMilli()));
        env.put("CODEBUILD_BUILD_IMAGE", "local");
        env.put("CODEBUILD_LOCAL", "true");
        if (request.sourceVersion() != null) {
            env.put("CODEBUILD_RESOLVED_SOURCE_VERSION", request.sourceVersion());
            env.put("CODEBUILD_SOURCE_VERSION", request.sourceVersion());
        }
        String region = env.getOrDefault("AWS_REGION", env.get("AWS_DEFAULT_REGION"));
        if (region != null) {
            env.putIfAbsent("AWS_REGION", region);
            env.putIfAbsent("AWS_DEFAULT_REGION", region);
        }
        Path tools = CodeBuildTools.install(request.outputDirectory().resolve("run-buildspec-tools"));
        env.put(
                "PATH",
                tools.toAbsolutePath() + java.io.File.pathSeparator + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.putAll(spec.variables());
        resolveReferences(spec, request, env);
        return env;
    }
}
