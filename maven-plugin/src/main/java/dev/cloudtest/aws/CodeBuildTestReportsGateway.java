package dev.cloudtest.aws;

import dev.cloudtest.run.BuildRun;
import dev.cloudtest.run.FailedTestCase;
import dev.cloudtest.run.TestReport;
import dev.cloudtest.run.TestReportsGateway;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.codebuild.CodeBuildClient;
import software.amazon.awssdk.services.codebuild.model.Build;
import software.amazon.awssdk.services.codebuild.model.Report;

/** {@link TestReportsGateway} over the SDK's CodeBuild client. */
public final class CodeBuildTestReportsGateway implements TestReportsGateway {
    private static final int REPORTS_PER_CALL = 100;

    private final CodeBuildClient codeBuild;

    public CodeBuildTestReportsGateway(AwsClients clients) {
        this.codeBuild = clients.codeBuild();
    }

    @Override
    public Optional<BuildRun> build(String buildId) {
        return AwsFailures.call(
                "CodeBuild BatchGetBuilds", () -> codeBuild.batchGetBuilds(b -> b.ids(buildId)).builds().stream()
                        .findFirst()
                        .map(CodeBuildTestReportsGateway::toBuildRun));
    }

    @Override
    public List<TestReport> reports(List<String> reportArns) {
        List<TestReport> reports = new ArrayList<>();
        for (int from = 0; from < reportArns.size(); from += REPORTS_PER_CALL) {
            List<String> chunk = reportArns.subList(from, Math.min(reportArns.size(), from + REPORTS_PER_CALL));
            AwsFailures.call("CodeBuild BatchGetReports", () -> codeBuild.batchGetReports(b -> b.reportArns(chunk)))
                    .reports()
                    .forEach(r -> reports.add(toTestReport(r)));
        }
        return reports;
    }

    @Override
    public List<FailedTestCase> failedTestCases(String reportArn, int limit) {
        List<FailedTestCase> cases = new ArrayList<>();
        for (String status : List.of("FAILED", "ERROR")) {
            if (cases.size() >= limit) {
                break;
            }
            int room = limit - cases.size();
            AwsFailures.call("CodeBuild DescribeTestCases", () -> codeBuild
                            .describeTestCasesPaginator(
                                    b -> b.reportArn(reportArn).filter(f -> f.status(status)))
                            .testCases()
                            .stream()
                            .limit(room)
                            .map(t -> new FailedTestCase(
                                    t.testSuiteName(), t.prefix(), t.name(), t.status(), t.message()))
                            .toList())
                    .forEach(cases::add);
        }
        return cases;
    }

    private static BuildRun toBuildRun(Build build) {
        String logLink = build.logs() == null ? null : build.logs().deepLink();
        return new BuildRun(build.id(), build.buildStatusAsString(), logLink, build.reportArns());
    }

    private static TestReport toTestReport(Report report) {
        return report.testSummary() == null
                ? new TestReport(report.arn(), report.statusAsString(), 0, java.util.Map.of())
                : new TestReport(
                        report.arn(),
                        report.statusAsString(),
                        report.testSummary().total() == null
                                ? 0
                                : report.testSummary().total(),
                        report.testSummary().statusCounts());
    }
}
