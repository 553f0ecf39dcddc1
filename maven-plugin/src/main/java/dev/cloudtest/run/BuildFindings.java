package dev.cloudtest.run;

import java.util.List;

/**
 * What the integration stage's CodeBuild build left: its reports and failing test cases.
 *
 * @param failingTotal FAILED + ERROR cases by the reports' counts (more than {@code failedTests} when capped)
 */
public record BuildFindings(
        String actionName,
        String buildId,
        String buildStatus,
        String logLink,
        List<TestReport> reports,
        List<FailedTestCase> failedTests,
        int failingTotal) {
    public BuildFindings {
        reports = List.copyOf(reports);
        failedTests = List.copyOf(failedTests);
    }
}
