package dev.cloudtest.reports;

/**
 * Test totals counted from {@code <testcase>} elements. Every test has exactly one status (error, failure,
 * skipped or passed), so {@code tests = passed + failures + errors + skipped}; {@code flaky} counts passed tests
 * that failed before a rerun passed.
 */
public record TestCounts(int tests, int failures, int errors, int skipped, int flaky, double timeSeconds) {
    public static final TestCounts ZERO = new TestCounts(0, 0, 0, 0, 0, 0);

    public TestCounts plus(TestCounts other) {
        return new TestCounts(
                tests + other.tests,
                failures + other.failures,
                errors + other.errors,
                skipped + other.skipped,
                flaky + other.flaky,
                timeSeconds + other.timeSeconds);
    }

    public int passed() {
        return tests - failures - errors - skipped;
    }
}
