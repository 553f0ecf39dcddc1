package dev.cloudtest.runner;

import dev.cloudtest.reports.TestCounts;
import java.util.List;

/**
 * What CodeBuild would make of one {@code reports:} group: the directory it looked in, the files it matched, and
 * (for JUnit XML) the test counts; {@code problem} says why the group would be INCOMPLETE or failed.
 */
public record ReportGroupResult(
        String name,
        String fileFormat,
        String lookedIn,
        List<String> files,
        TestCounts counts,
        List<String> failingTests,
        List<String> unreadableFiles,
        String problem) {

    public ReportGroupResult {
        files = List.copyOf(files);
        failingTests = List.copyOf(failingTests);
        unreadableFiles = List.copyOf(unreadableFiles);
    }

    public boolean testsFailed() {
        return counts.failures() + counts.errors() > 0;
    }
}
