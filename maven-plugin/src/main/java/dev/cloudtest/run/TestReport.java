package dev.cloudtest.run;

import java.util.Map;

/**
 * A CodeBuild test report's summary.
 *
 * @param statusCounts test cases by status ({@code SUCCEEDED, FAILED, ERROR, SKIPPED, UNKNOWN})
 */
public record TestReport(String arn, String status, int total, Map<String, Integer> statusCounts) {
    public TestReport {
        statusCounts = Map.copyOf(statusCounts);
    }

    public int failing() {
        return statusCounts.getOrDefault("FAILED", 0) + statusCounts.getOrDefault("ERROR", 0);
    }
}
