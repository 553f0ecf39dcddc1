package dev.cloudtest.reports;

/** A test the summary lists: it failed, errored, or passed only on a rerun; and the report it came from. */
public record FailingTest(Kind kind, String file, FailedTest test) {
    public enum Kind {
        FAILURE,
        ERROR,
        FLAKY
    }
}
