package dev.cloudtest.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * When the gate fails the build. A pure function of the summary.
 *
 * @param failOnUnreadableReports a report that cannot be read fails the gate
 * @param failIfNoTests no {@code <testcase>} at all fails the gate
 * @param failOnFlakeCount more flaky tests than this fail the gate; 0 means flaky tests never fail it
 */
public record GatePolicy(boolean failOnUnreadableReports, boolean failIfNoTests, int failOnFlakeCount) {

    /**
     * Why the gate fails, one sentence each naming the flag that changes it; empty when it passes.
     *
     * @param whereLooked which files were read where, for the "no tests" sentence
     * @param summaryFile the Markdown summary the failing tests are listed in, as the user finds it
     */
    public List<String> reasonsToFail(TestSummary summary, String whereLooked, String summaryFile) {
        List<String> reasons = new ArrayList<>();
        TestCounts totals = summary.totals();
        if (totals.failures() > 0 || totals.errors() > 0) {
            reasons.add("There are test failures: " + totals.failures() + " failed, " + totals.errors()
                    + " errored (listed above and in " + summaryFile + ").");
        }
        int unreadable = summary.unreadable().size();
        if (unreadable > 0 && failOnUnreadableReports) {
            reasons.add(unreadable + (unreadable == 1 ? " test report" : " test reports")
                    + " could not be read (listed above); fix or remove them, or set"
                    + " -Dcloudtest.failOnUnreadableReports=false to only warn.");
        }
        if (totals.tests() == 0 && failIfNoTests) {
            reasons.add("No tests ran: no <testcase> in " + summary.filesRead() + " readable report files "
                    + whereLooked + ". Set -Dcloudtest.failIfNoTests=false if this module has no tests.");
        }
        if (failOnFlakeCount > 0 && totals.flaky() > failOnFlakeCount) {
            reasons.add("There are " + totals.flaky() + " flaky tests and cloudtest.failOnFlakeCount is "
                    + failOnFlakeCount + "; fix them or raise -Dcloudtest.failOnFlakeCount.");
        }
        return reasons;
    }
}
