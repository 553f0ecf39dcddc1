package dev.cloudtest.reports;

import java.util.List;

/**
 * The gate's outcome as written to {@code target/cloudtest/test-summary.json}.
 *
 * @param passed no reason to fail
 * @param failureIgnored reasons exist but {@code cloudtest.testFailureIgnore} let the build go on
 * @param reasons why the gate fails
 */
public record GateResult(boolean passed, boolean failureIgnored, List<String> reasons, TestSummary summary) {
    public GateResult {
        reasons = List.copyOf(reasons);
    }
}
