package dev.cloudtest.run;

/**
 * A FAILED or ERROR test case from a CodeBuild report.
 *
 * @param prefix CodeBuild's prefix (for JUnit XML usually the class name), or empty
 * @param message the failure message and stack trace as CodeBuild kept them, or empty
 */
public record FailedTestCase(String suiteName, String prefix, String name, String status, String message) {
    public FailedTestCase {
        suiteName = suiteName == null ? "" : suiteName;
        prefix = prefix == null ? "" : prefix;
        message = message == null ? "" : message;
    }
}
