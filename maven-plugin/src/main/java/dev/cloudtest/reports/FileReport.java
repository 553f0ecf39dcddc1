package dev.cloudtest.reports;

import java.util.List;

/**
 * What one report file says, or why it could not be read ({@code problem} is then non-null and the counts are
 * zero). Lists are capped; {@code unlisted} counts the failing or flaky tests beyond the cap.
 */
public record FileReport(
        String file,
        TestCounts counts,
        List<FailingTest> listed,
        int unlisted,
        List<String> attributeMismatches,
        String problem) {

    public FileReport {
        listed = List.copyOf(listed);
        attributeMismatches = List.copyOf(attributeMismatches);
    }

    static FileReport unreadable(String file, String problem) {
        return new FileReport(file, TestCounts.ZERO, List.of(), 0, List.of(), problem);
    }

    public boolean readable() {
        return problem == null;
    }
}
