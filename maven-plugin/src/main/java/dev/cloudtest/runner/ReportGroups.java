package dev.cloudtest.runner;

import dev.cloudtest.core.Reporter;
import dev.cloudtest.reports.FailureRenderer;
import dev.cloudtest.reports.FileReport;
import dev.cloudtest.reports.ReadLimits;
import dev.cloudtest.reports.ReportReader;
import dev.cloudtest.reports.TestCounts;
import dev.cloudtest.reports.TestSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Resolves each {@code reports:} group's files exactly as CodeBuild does (base-directory relative to the source
 * directory, the {@code files} globs) and reads the JUnit XML ones with the gate's hardened reader. A group that
 * matches nothing is a problem: in CodeBuild its report would be INCOMPLETE, found a pipeline run later.
 */
final class ReportGroups {
    /** Test formats the gate's reader understands (JUnit XML and its dialects). */
    private static final Set<String> READABLE = Set.of("JUNITXML");

    private final Reporter reporter;

    ReportGroups(Reporter reporter) {
        this.reporter = reporter;
    }

    /**
     * @param buildStart files last modified before it are left out (and named): CodeBuild starts from a fresh
     *     checkout, so a report older than the build cannot be in its report group — locally it is a leftover
     *     that would make a build that wrote no report look green
     */
    List<ReportGroupResult> read(List<LocalBuildspec.ReportGroup> groups, Path sourceDirectory, Instant buildStart) {
        List<ReportGroupResult> results = new ArrayList<>();
        for (LocalBuildspec.ReportGroup group : groups) {
            results.add(read(group, sourceDirectory, buildStart));
        }
        return results;
    }

    private ReportGroupResult read(LocalBuildspec.ReportGroup group, Path sourceDirectory, Instant buildStart) {
        Path base = group.baseDirectory() == null
                ? sourceDirectory
                : sourceDirectory.resolve(group.baseDirectory()).normalize();
        String where = "reports." + group.name();
        BuildspecPaths.Match match = BuildspecPaths.find(base, group.files(), List.of(), where + ".files");
        match.cutAt()
                .forEach(dir -> reporter.warn(where + ": " + dir + " is more than " + BuildspecPaths.MAX_DEPTH
                        + " directories deep; files below it were not looked at."));
        // File times have one-second resolution on some file systems.
        Instant cutoff = buildStart.truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
        List<Path> fresh = new ArrayList<>();
        for (Path file : match.files()) {
            if (modified(file).isBefore(cutoff)) {
                reporter.warn(where + ": " + file + " is older than this build (a leftover of an earlier run);"
                        + " left out, as CodeBuild would never see it. Run 'mvn clean' or delete it.");
            } else {
                fresh.add(file);
            }
        }
        List<String> names =
                fresh.stream().map(f -> base.relativize(f).toString()).toList();
        if (fresh.isEmpty()) {
            String problem = (!base.toFile().isDirectory()
                            ? base + " does not exist"
                            : match.files().isEmpty()
                                    ? "no file in " + base + " matches " + group.files()
                                    : "no file in " + base + " matching " + group.files()
                                            + " was written by this build")
                    + "; in CodeBuild this report would be INCOMPLETE. Check base-directory and files"
                    + " (Failsafe writes target/failsafe-reports, Surefire target/surefire-reports).";
            return new ReportGroupResult(
                    group.name(),
                    group.fileFormat(),
                    base.toString(),
                    names,
                    TestCounts.ZERO,
                    List.of(),
                    List.of(),
                    problem);
        }
        if (!READABLE.contains(group.fileFormat())) {
            return new ReportGroupResult(
                    group.name(),
                    group.fileFormat(),
                    base.toString(),
                    names,
                    TestCounts.ZERO,
                    List.of(),
                    List.of(),
                    null);
        }
        ReportReader reader = new ReportReader(ReadLimits.DEFAULT);
        TestSummary.Collector collector = new TestSummary.Collector(ReadLimits.DEFAULT);
        for (Path file : fresh) {
            FileReport report = reader.read(file);
            collector.add(report);
        }
        TestSummary summary = collector.summary();
        List<String> failing = summary.failing().stream()
                .map(f -> FailureRenderer.headline(f.test()))
                .toList();
        List<String> unreadable = summary.unreadable().stream()
                .map(u -> u.file() + ": " + u.reason())
                .toList();
        return new ReportGroupResult(
                group.name(), group.fileFormat(), base.toString(), names, summary.totals(), failing, unreadable, null);
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.MAX;
        }
    }
}
