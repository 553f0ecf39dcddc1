package dev.cloudtest.runner;

import dev.cloudtest.core.Reporter;
import dev.cloudtest.reports.FailureRenderer;
import dev.cloudtest.reports.FileReport;
import dev.cloudtest.reports.ReadLimits;
import dev.cloudtest.reports.ReportReader;
import dev.cloudtest.reports.TestCounts;
import dev.cloudtest.reports.TestSummary;
import java.nio.file.Path;
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

    List<ReportGroupResult> read(List<LocalBuildspec.ReportGroup> groups, Path sourceDirectory) {
        List<ReportGroupResult> results = new ArrayList<>();
        for (LocalBuildspec.ReportGroup group : groups) {
            results.add(read(group, sourceDirectory));
        }
        return results;
    }

    private ReportGroupResult read(LocalBuildspec.ReportGroup group, Path sourceDirectory) {
        Path base = group.baseDirectory() == null
                ? sourceDirectory
                : sourceDirectory.resolve(group.baseDirectory()).normalize();
        String where = "reports." + group.name();
        BuildspecPaths.Match match = BuildspecPaths.find(base, group.files(), List.of(), where + ".files");
        match.cutAt()
                .forEach(dir -> reporter.warn(where + ": " + dir + " is more than " + BuildspecPaths.MAX_DEPTH
                        + " directories deep; files below it were not looked at."));
        List<String> names =
                match.files().stream().map(f -> base.relativize(f).toString()).toList();
        if (match.files().isEmpty()) {
            String problem = (base.toFile().isDirectory()
                            ? "no file in " + base + " matches " + group.files()
                            : base + " does not exist")
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
        for (Path file : match.files()) {
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
}
