package dev.cloudtest.run;

import java.util.List;
import java.util.Optional;

/** The CodeBuild reads that find a build's failing tests. */
public interface TestReportsGateway {
    Optional<BuildRun> build(String buildId);

    List<TestReport> reports(List<String> reportArns);

    /** Up to {@code limit} FAILED and ERROR test cases of the report, failures first. */
    List<FailedTestCase> failedTestCases(String reportArn, int limit);
}
