package dev.cloudtest.reports;

import dev.cloudtest.core.Reporter;
import dev.cloudtest.core.ResultFiles;
import dev.cloudtest.core.UserFixableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code cloudtest:verify} gate: finds report files, reads each one on its own, sums them up, writes
 * {@code test-summary.json} and {@code test-summary.md}, logs the failing tests, the flaky tests and the totals
 * (in that order, so the totals end the log) and fails when the {@link GatePolicy} says so.
 */
public final class TestGate {
    /** CodeBuild keeps at most this many test cases per report. */
    static final int CODEBUILD_CASES_PER_REPORT = 500;

    /**
     * @param reportsDirectories where reports are looked for; missing ones are fine
     * @param includes globs relative to each directory
     * @param testFailureIgnore log the verdict instead of failing
     * @param inCodeBuild running inside CodeBuild (warn about files CodeBuild would truncate)
     */
    public record Settings(
            List<Path> reportsDirectories,
            List<String> includes,
            Path outputDirectory,
            GatePolicy policy,
            boolean testFailureIgnore,
            boolean inCodeBuild,
            TestRuns runs) {}

    private final Reporter reporter;
    private final ReadLimits limits;

    public TestGate(Reporter reporter) {
        this(reporter, ReadLimits.DEFAULT);
    }

    TestGate(Reporter reporter, ReadLimits limits) {
        this.reporter = reporter;
        this.limits = limits;
    }

    /** Runs the gate; throws {@link UserFixableException} when it fails and failures are not ignored. */
    public GateResult run(Settings settings) {
        forgetPreviousRun(settings.outputDirectory());
        if (settings.policy().failOnFlakeCount() < 0) {
            throw new UserFixableException(
                    "cloudtest.failOnFlakeCount is " + settings.policy().failOnFlakeCount()
                            + "; it must be 0 (flaky tests never fail the build) or more.");
        }
        settings.reportsDirectories().stream()
                .filter(Files::isRegularFile)
                .forEach(file -> reporter.warn("cloudtest.reportsDirectories: " + file + " is a file, not a directory;"
                        + " name its folder there and the file (or a glob) in cloudtest.reportFiles."));
        ReportFileFinder.Found found = ReportFileFinder.search(settings.reportsDirectories(), settings.includes());
        if (!found.notSearched().isEmpty()) {
            List<Path> deep = found.notSearched();
            reporter.warn("cloudtest.reportsDirectories: the search stops " + ReportFileFinder.MAX_DEPTH
                    + " directory levels down, so report files below " + deep.subList(0, Math.min(5, deep.size()))
                    + (deep.size() > 5 ? " and " + (deep.size() - 5) + " more directories" : "")
                    + " are not counted. Name a directory closer to them in cloudtest.reportsDirectories.");
        }
        RunChecks runChecks = new RunChecks(settings.runs(), reporter);
        List<Path> files = runChecks.fresh(found.files());
        String whereLooked = "matching " + settings.includes() + " in " + settings.reportsDirectories();
        reporter.info("Reading " + files.size() + " test report file" + (files.size() == 1 ? " " : "s ") + whereLooked);
        ReportReader reader = new ReportReader(limits);
        TestSummary.Collector collector = new TestSummary.Collector(limits);
        int integrationTests = 0;
        for (Path file : files) {
            FileReport report = reader.read(file);
            collector.add(report);
            if (runChecks.isIntegrationReport(file)) {
                integrationTests += report.counts().tests();
            }
            if (!report.readable()) {
                String unreadable = "Cannot read test report " + report.file() + ": " + report.problem();
                // With failOnUnreadableReports=false the file does not fail the build: a warning, not an [ERROR].
                if (settings.policy().failOnUnreadableReports()) {
                    reporter.error(unreadable);
                } else {
                    reporter.warn(unreadable);
                }
                continue;
            }
            report.attributeMismatches().forEach(reporter::warn);
            if (settings.inCodeBuild() && report.counts().tests() > CODEBUILD_CASES_PER_REPORT) {
                String warning = report.file() + " holds " + report.counts().tests()
                        + " test cases; a CodeBuild report keeps only " + CODEBUILD_CASES_PER_REPORT
                        + " per report (failed ones first), so its report group will show a part of them.";
                reporter.warn(warning);
                collector.warn(warning);
            }
        }
        TestSummary summary = collector.summary();
        List<String> reasons = new java.util.ArrayList<>(runChecks.reasons(integrationTests));
        reasons.addAll(settings.policy()
                .reasonsToFail(
                        summary,
                        whereLooked,
                        ResultFiles.shown(settings.outputDirectory().resolve("test-summary.md"))));
        boolean passed = reasons.isEmpty();
        GateResult result = new GateResult(passed, !passed && settings.testFailureIgnore(), reasons, summary);
        ResultFiles.writeJson(settings.outputDirectory(), "test-summary.json", result);
        ResultFiles.writeText(settings.outputDirectory(), "test-summary.md", SummaryMarkdown.render(result));
        log(summary);
        if (!passed) {
            String message = String.join("\n", reasons) + firstFailures(summary);
            if (!settings.testFailureIgnore()) {
                throw new UserFixableException(
                        message + "\nSet -Dcloudtest.testFailureIgnore=true to log this and let the build go on.");
            }
            reporter.error(message + "\ncloudtest.testFailureIgnore is true: the build goes on.");
        }
        return result;
    }

    /** A run that stops early (a bad parameter) must not leave the last run's verdict for CI to read. */
    private static void forgetPreviousRun(Path outputDirectory) {
        for (String name : List.of("test-summary.json", "test-summary.md")) {
            try {
                Files.deleteIfExists(outputDirectory.resolve(name));
            } catch (IOException e) {
                // Not a directory or not writable: writing the new summary reports it.
            }
        }
    }

    private void log(TestSummary summary) {
        FailureRenderer renderer = new FailureRenderer();
        renderer.failing(tests(summary.failing()), summary.unlistedFailing()).forEach(reporter::error);
        renderer.flaky(tests(summary.flaky()), summary.unlistedFlaky()).forEach(reporter::warn);
        TestCounts t = summary.totals();
        String totals = FailureRenderer.totals(
                t.tests(), t.failures(), t.errors(), t.skipped(), t.flaky(), summary.filesRead());
        if (t.failures() + t.errors() > 0) {
            reporter.error(totals);
        } else {
            reporter.info(totals);
        }
    }

    /** The first failing tests again, short, for the build's final error message. */
    private static String firstFailures(TestSummary summary) {
        StringBuilder text = new StringBuilder();
        summary.failing().stream().limit(3).forEach(f -> text.append("\n  ")
                .append(FailureRenderer.headline(f.test())));
        int more = summary.failing().size() + summary.unlistedFailing() - 3;
        if (more > 0) {
            text.append("\n  ...and ").append(more).append(" more");
        }
        return text.toString();
    }

    private static List<FailedTest> tests(List<FailingTest> listed) {
        return listed.stream().map(FailingTest::test).toList();
    }
}
