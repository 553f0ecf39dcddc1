package dev.cloudtest.maven;

import dev.cloudtest.aws.AwsClients;
import dev.cloudtest.aws.AwsSettings;
import dev.cloudtest.aws.SdkSecretSource;
import dev.cloudtest.buildspec.BuildspecFiles;
import dev.cloudtest.buildspec.ShellQuoting;
import dev.cloudtest.core.Durations;
import dev.cloudtest.core.ResultFiles;
import dev.cloudtest.core.TimeSource;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.runner.LocalBuild;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs a buildspec on this machine, without Docker, as CodeBuild runs it: phases in order in a local shell
 * (version 0.2's carried-over working directory and exported variables, {@code finally}, {@code on-failure},
 * post_build after a failed build, a timeout per phase that kills the process tree), the documented
 * {@code CODEBUILD_*} variables, then each {@code reports:} group resolved like CodeBuild and read with the gate
 * (a group that matches no file fails the run), {@code artifacts:} listed (zipped if asked) and {@code cache:}
 * paths saved to and restored from a local folder. Writes {@code run-buildspec-result.json}.
 *
 * @since 0.1.0
 */
@Mojo(name = "run-buildspec", aggregator = true, requiresProject = false, threadSafe = true)
public class RunBuildspecMojo extends AbstractBuildspecMojo {
    /**
     * The buildspec to run, relative to the project's directory.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.runBuildspec.file", defaultValue = BuildspecFiles.DEFAULT_FILE_NAME)
    private File file;

    /**
     * How long one phase may run before its commands' process tree is killed ({@code 30m}, {@code 90s}, ISO-8601).
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.runBuildspec.phaseTimeout", defaultValue = "60m")
    private String phaseTimeout;

    /**
     * Where to zip the {@code artifacts:} files; empty lists them only.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.runBuildspec.artifactsDirectory")
    private File artifactsDirectory;

    /**
     * Where {@code cache.paths} are saved after a run and restored from before the next (like a CodeBuild LOCAL
     * cache); restoring never overwrites an existing file. Default: {@code ~/.cloudtest/buildspec-cache}. Set {@code cloudtest.runBuildspec.cache=false} to run
     * without a cache.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.runBuildspec.cacheDirectory")
    private File cacheDirectory;

    /**
     * Whether {@code cache.paths} are saved and restored.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.runBuildspec.cache", defaultValue = "true")
    private boolean cache;

    /**
     * Which shard of a {@code batch: build-fanout} buildspec to run, as {@code index/count} ({@code 2/3}: the second
     * of three): {@code codebuild-tests-run} then runs that shard's share of the test files. Default: one shard with
     * every file.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.runBuildspec.shard", defaultValue = "1/1")
    private String shard;

    /**
     * Read {@code env.parameter-store} and {@code env.secrets-manager} values from AWS with your credentials (the
     * SDK's chain; {@code cloudtest.region}, {@code cloudtest.profile}, {@code cloudtest.endpoint} apply), as the
     * CodeBuild project's role would. Off: such variables must already be set in the environment. Values are never
     * printed.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.runBuildspec.resolveSecrets", defaultValue = "false")
    private boolean resolveSecrets;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.run-buildspec.skip", defaultValue = "false")
    private boolean skip;

    @Override
    protected void run() {
        Path base = baseDirectory();
        Path buildspec = base.resolve(file.toPath());
        if (!Files.isRegularFile(buildspec)) {
            throw new UserFixableException(
                    "cloudtest.runBuildspec.file: " + buildspec
                            + (Files.exists(buildspec)
                                    ? " is not a regular file."
                                    : " does not exist. Generate it with cloudtest:generate-buildspec or name your buildspec."));
        }
        try (AwsClients aws = resolveSecrets ? openAws() : null) {
            LocalBuild.Request request = new LocalBuild.Request(
                    buildspec,
                    base,
                    resultDirectory(),
                    Durations.parse(phaseTimeout, "cloudtest.runBuildspec.phaseTimeout"),
                    artifactsDirectory == null ? null : artifactsDirectory.toPath(),
                    cache ? cacheRoot().resolve(cacheKey(base)) : null,
                    environmentWithThisMaven(),
                    gitCommit(base),
                    aws == null ? null : new SdkSecretSource(aws));
            new LocalBuild(reporter(), TimeSource.system()).run(request);
        }
    }

    /**
     * The machine's environment with {@code mvn} on the PATH meaning the Maven running this goal, with its local
     * repository and settings: so a buildspec's {@code mvn verify} builds with what this build resolved (CodeBuild's
     * image brings its own Maven; locally, the one you run is the faithful stand-in).
     */
    private Map<String, String> environmentWithThisMaven() {
        Map<String, String> env = new LinkedHashMap<>(System.getenv());
        env.put("CLOUDTEST_SHARD", checkedShard());
        String mavenHome = session.getSystemProperties().getProperty("maven.home");
        if (mavenHome == null || !Files.isRegularFile(Path.of(mavenHome, "bin", "mvn"))) {
            reporter()
                    .warn("The Maven running this goal has no bin/mvn; 'mvn' in the buildspec is whatever the PATH"
                            + " finds.");
            return env;
        }
        StringBuilder script = new StringBuilder("#!/bin/sh\nexec ")
                .append(ShellQuoting.singleQuoted(
                        Path.of(mavenHome, "bin", "mvn").toString()))
                .append(" ")
                .append(ShellQuoting.singleQuoted(
                        "-Dmaven.repo.local=" + session.getLocalRepository().getBasedir()));
        File settings = session.getRequest().getUserSettingsFile();
        if (settings != null && settings.isFile()) {
            script.append(" -s ").append(ShellQuoting.singleQuoted(settings.getAbsolutePath()));
        }
        script.append(" \"$@\"\n");
        Path bin = resultDirectory().resolve("run-buildspec-bin");
        try {
            Files.createDirectories(bin);
            Path mvn = ResultFiles.write(
                    bin.resolve("mvn"), ResultFiles.OUTPUT_DIRECTORY, script.toString(), ResultFiles.Access.OWNER_ONLY);
            Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException | UnsupportedOperationException e) {
            reporter().warn("Cannot put this Maven on the buildspec's PATH (" + e.getMessage() + ").");
            return env;
        }
        env.put("PATH", bin.toAbsolutePath() + File.pathSeparator + env.getOrDefault("PATH", "/usr/bin:/bin"));
        reporter()
                .info("'mvn' in the buildspec runs " + mavenHome + " (the Maven running this goal) with its local"
                        + " repository.");
        return env;
    }

    private String checkedShard() {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("(\\d{1,3})/(\\d{1,3})").matcher(shard.strip());
        if (!m.matches()
                || Integer.parseInt(m.group(1)) < 1
                || Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))
                || Integer.parseInt(m.group(2)) > 100) {
            throw new UserFixableException("cloudtest.runBuildspec.shard '" + shard + "' is not a shard: give"
                    + " index/count with 1 <= index <= count <= 100, for example 2/3.");
        }
        return m.group(1) + "/" + m.group(2);
    }

    /** Clients for the secret references, configured like the AWS goals' ({@code cloudtest.region}, ...). */
    private AwsClients openAws() {
        java.util.Properties properties = session.getUserProperties();
        return AwsClients.open(AwsSettings.of(
                properties.getProperty(
                        "cloudtest.region", project.getProperties().getProperty("cloudtest.region")),
                properties.getProperty(
                        "cloudtest.profile", project.getProperties().getProperty("cloudtest.profile")),
                properties.getProperty(
                        "cloudtest.endpoint", project.getProperties().getProperty("cloudtest.endpoint"))));
    }

    private Path cacheRoot() {
        return cacheDirectory != null
                ? cacheDirectory.toPath()
                : Path.of(System.getProperty("user.home"), ".cloudtest", "buildspec-cache");
    }

    /** One cache folder per project directory, as one CodeBuild project has one cache. */
    private static String cacheKey(Path base) {
        String name = base.toAbsolutePath().normalize().toString();
        return Integer.toHexString(name.hashCode()) + "-"
                + base.toAbsolutePath().normalize().getFileName();
    }

    /** {@code CODEBUILD_RESOLVED_SOURCE_VERSION}: the checked-out commit, when there is git. */
    private static String gitCommit(Path base) {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD")
                    .directory(base.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            git.getOutputStream().close();
            String out = new String(git.getInputStream().readAllBytes()).strip();
            return git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 && out.matches("[0-9a-f]{40}")
                    ? out
                    : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    protected boolean goalSkipped() {
        return skip;
    }

    @Override
    protected String goalName() {
        return "run-buildspec";
    }
}
