package dev.cloudtest.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * What all report files say together. {@code failing} holds failures and errors, in file order; lists are capped
 * and {@code unlistedFailing}/{@code unlistedFlaky} count the rest.
 */
public record TestSummary(
        TestCounts totals,
        int filesRead,
        List<FailingTest> failing,
        int unlistedFailing,
        List<FailingTest> flaky,
        int unlistedFlaky,
        List<UnreadableReport> unreadable,
        List<String> attributeMismatches,
        List<String> warnings) {

    public TestSummary {
        failing = List.copyOf(failing);
        flaky = List.copyOf(flaky);
        unreadable = List.copyOf(unreadable);
        attributeMismatches = List.copyOf(attributeMismatches);
        warnings = List.copyOf(warnings);
    }

    /** Folds file reports one at a time, keeping only capped lists. Not thread-safe. */
    public static final class Collector {
        private static final int MAX_MISMATCHES = 200;
        private final int maxListed;
        private TestCounts totals = TestCounts.ZERO;
        private int filesRead;
        private final List<FailingTest> failing = new ArrayList<>();
        private final List<FailingTest> flaky = new ArrayList<>();
        private int unlistedFailing;
        private int unlistedFlaky;
        private final List<UnreadableReport> unreadable = new ArrayList<>();
        private final List<String> mismatches = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        public Collector(ReadLimits limits) {
            this.maxListed = limits.listedTests();
        }

        public void add(FileReport report) {
            if (!report.readable()) {
                unreadable.add(new UnreadableReport(report.file(), report.problem()));
                return;
            }
            filesRead++;
            totals = totals.plus(report.counts());
            for (FailingTest test : report.listed()) {
                boolean isFlaky = test.kind() == FailingTest.Kind.FLAKY;
                List<FailingTest> list = isFlaky ? flaky : failing;
                if (list.size() < maxListed) {
                    list.add(test);
                } else if (isFlaky) {
                    unlistedFlaky++;
                } else {
                    unlistedFailing++;
                }
            }
            // Tests a file counted but did not keep: attribute them by what the counts say is missing.
            int keptFlaky = (int) report.listed().stream()
                    .filter(t -> t.kind() == FailingTest.Kind.FLAKY)
                    .count();
            int keptFailing = report.listed().size() - keptFlaky;
            unlistedFlaky += Math.max(0, report.counts().flaky() - keptFlaky);
            unlistedFailing +=
                    Math.max(0, report.counts().failures() + report.counts().errors() - keptFailing);
            report.attributeMismatches().stream()
                    .limit(Math.max(0, MAX_MISMATCHES - mismatches.size()))
                    .forEach(mismatches::add);
        }

        public void warn(String warning) {
            warnings.add(warning);
        }

        public TestSummary summary() {
            return new TestSummary(
                    totals,
                    filesRead,
                    failing,
                    unlistedFailing,
                    flaky,
                    unlistedFlaky,
                    unreadable,
                    mismatches,
                    warnings);
        }
    }
}
