package dev.cloudtest.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory CodeBuild with builds, reports and failing test cases. */
final class FakeCodeBuild implements TestReportsGateway {
    private final Map<String, BuildRun> builds = new HashMap<>();
    private final Map<String, TestReport> reports = new HashMap<>();
    private final Map<String, List<FailedTestCase>> failing = new HashMap<>();
    final List<String> calls = new ArrayList<>();

    FakeCodeBuild build(String id, String status, String... reportArns) {
        builds.put(id, new BuildRun(id, status, "https://logs/" + id, List.of(reportArns)));
        return this;
    }

    FakeCodeBuild report(String arn, int total, List<FailedTestCase> failedCases) {
        reports.put(
                arn,
                new TestReport(
                        arn,
                        "FAILED",
                        total,
                        Map.of("SUCCEEDED", total - failedCases.size(), "FAILED", failedCases.size())));
        failing.put(arn, failedCases);
        return this;
    }

    @Override
    public Optional<BuildRun> build(String buildId) {
        calls.add("BatchGetBuilds " + buildId);
        return Optional.ofNullable(builds.get(buildId));
    }

    @Override
    public List<TestReport> reports(List<String> reportArns) {
        calls.add("BatchGetReports " + reportArns);
        return reportArns.stream().map(reports::get).toList();
    }

    @Override
    public List<FailedTestCase> failedTestCases(String reportArn, int limit) {
        calls.add("DescribeTestCases " + reportArn);
        List<FailedTestCase> cases = failing.getOrDefault(reportArn, List.of());
        return cases.subList(0, Math.min(limit, cases.size()));
    }
}
