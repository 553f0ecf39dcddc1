package dev.cloudtest.maven;

import dev.cloudtest.reports.GatePolicy;
import dev.cloudtest.reports.SlaChecks;
import dev.cloudtest.reports.TestGate;
import dev.cloudtest.reports.TestRuns;
import java.io.File;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build when the test reports show failures or errors, when no test ran, or when a report cannot be
 * read; prints each failing test with its message and the start of its stack trace, then the totals. Reads
 * every common JUnit-XML dialect (Surefire/Failsafe, Ant, pytest, jest-junit, gotestsum, go-junit-report, mocha,
 * PHPUnit, xmlrunner, swift, Bazel) safely and with bounded memory. Writes
 * {@code target/cloudtest/test-summary.json} and {@code test-summary.md}.
 *
 * @since 0.1.0
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends AbstractCloudtestMojo {

    /**
     * Directories searched for reports. Missing directories are fine. Default: the {@code reportsDirectory} of the
     * module's Failsafe and Surefire as configured in the POM (each execution's too), else
     * {@code target/failsafe-reports} and {@code target/surefire-reports}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.reportsDirectories")
    private List<File> reportsDirectories;

    /**
     * Where Failsafe is bound in the module, fail when no integration test ran (counted apart from unit tests).
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.failIfNoIntegrationTests", defaultValue = "true")
    private boolean failIfNoIntegrationTests;

    /**
     * Count report files older than this build (leftovers of an earlier run without {@code clean}); by default
     * they are left out of the verdict and named in a warning.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.includeStaleReports", defaultValue = "false")
    private boolean includeStaleReports;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /**
     * Globs, relative to each reports directory, of the files to read, e.g. {@code TEST-*.xml,**}{@code /junit*.xml}.
     * {@code failsafe-summary*.xml}, {@code testng-*.xml} and {@code *.txt} are never read.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.reportFiles", defaultValue = "TEST-*.xml")
    private List<String> reportFiles;

    /**
     * Fail when a report file is empty, truncated, not JUnit XML or hostile (has a DOCTYPE).
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.failOnUnreadableReports", defaultValue = "true")
    private boolean failOnUnreadableReports;

    /**
     * Fail when the reports hold no test case at all.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.failIfNoTests", defaultValue = "true")
    private boolean failIfNoTests;

    /**
     * Fail when more tests than this were flaky (failed, then passed on a rerun). 0: flaky tests never fail.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.failOnFlakeCount", defaultValue = "0")
    private int failOnFlakeCount;

    /**
     * Log the verdict and let the build go on instead of failing.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.testFailureIgnore", defaultValue = "false")
    private boolean testFailureIgnore;

    /**
     * Where cloudtest-junit5 tests recorded their SLA checks ({@code *.jsonl}); they are printed as a table and
     * added to the summaries. The tests read the same property, so {@code -Dcloudtest.sla.dir} moves both.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.sla.dir", defaultValue = "${project.build.directory}/cloudtest/sla")
    private File slaDirectory;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.verify.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Maven's switch to skip all tests: when no test ran on purpose there is nothing to gate (as Failsafe's verify).
     *
     * @since 0.1.0
     */
    @Parameter(property = "skipTests", defaultValue = "false")
    private boolean skipTests;

    /**
     * Failsafe's switch to skip the integration tests; the gate then steps aside too.
     *
     * @since 0.1.0
     */
    @Parameter(property = "skipITs", defaultValue = "false")
    private boolean skipITs;

    /**
     * Maven's switch to skip compiling and running tests; the gate then steps aside too.
     *
     * @since 0.1.0
     */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    private boolean mavenTestSkip;

    @Override
    protected void run() {
        if (skipTests || skipITs || mavenTestSkip) {
            String flag = skipTests ? "skipTests" : skipITs ? "skipITs" : "maven.test.skip";
            getLog().info("Skipping verify: tests were skipped (" + flag + ").");
            return;
        }
        TestPluginModel plugins = TestPluginModel.of(project);
        List<java.nio.file.Path> directories = reportsDirectories == null || reportsDirectories.isEmpty()
                ? plugins.reportsDirectories()
                : reportsDirectories.stream().map(File::toPath).toList();
        TestRuns runs = new TestRuns(
                session.getStartTime() == null
                        ? java.time.Instant.EPOCH
                        : session.getStartTime().toInstant(),
                includeStaleReports,
                plugins.failsafeSummaries(),
                plugins.failsafeBound() ? plugins.failsafeReports() : List.of(),
                plugins.failsafeIncludes(),
                failIfNoIntegrationTests,
                directories);
        TestGate.Settings settings = new TestGate.Settings(
                directories,
                reportFiles,
                outputDirectory(),
                new GatePolicy(failOnUnreadableReports, failIfNoTests, failOnFlakeCount),
                testFailureIgnore,
                System.getenv("CODEBUILD_BUILD_ID") != null,
                runs);
        SlaChecks sla = SlaChecks.read(slaDirectory.toPath(), reporter());
        sla.logLines().forEach(getLog()::info);
        try {
            new TestGate(reporter()).run(settings);
        } finally {
            sla.addToSummaries(outputDirectory());
        }
    }

    @Override
    protected boolean goalSkipped() {
        return skip;
    }

    @Override
    protected String goalName() {
        return "verify";
    }
}
