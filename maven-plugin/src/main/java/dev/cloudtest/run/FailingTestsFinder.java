package dev.cloudtest.run;

import dev.cloudtest.core.Reporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** From a stage's CodeBuild actions to their builds, reports and FAILED/ERROR test cases; bounded. */
final class FailingTestsFinder {
    static final int MAX_CASES = 50;

    private final TestReportsGateway codeBuild;
    private final Reporter reporter;

    FailingTestsFinder(TestReportsGateway codeBuild, Reporter reporter) {
        this.codeBuild = codeBuild;
        this.reporter = reporter;
    }

    List<BuildFindings> find(StageRun stage) {
        List<BuildFindings> findings = new ArrayList<>();
        for (ActionRun action : stage.actions()) {
            if (action.externalId() == null || action.externalId().isBlank()) {
                continue;
            }
            Optional<BuildRun> build = codeBuild.build(action.externalId());
            if (build.isEmpty()) {
                reporter.warn("Action " + action.actionName() + " points at build " + action.externalId()
                        + ", which CodeBuild does not know (builds expire); its tests cannot be shown.");
                continue;
            }
            findings.add(findingsOf(action, build.get(), MAX_CASES - shown(findings)));
        }
        return findings;
    }

    private BuildFindings findingsOf(ActionRun action, BuildRun build, int room) {
        List<TestReport> reports = build.reportArns().isEmpty() ? List.of() : codeBuild.reports(build.reportArns());
        List<FailedTestCase> failed = new ArrayList<>();
        int failingTotal = 0;
        for (TestReport report : reports) {
            failingTotal += report.failing();
            if (report.failing() > 0 && failed.size() < room) {
                failed.addAll(codeBuild.failedTestCases(report.arn(), room - failed.size()));
            }
        }
        return new BuildFindings(
                action.actionName(), build.id(), build.status(), build.logLink(), reports, failed, failingTotal);
    }

    private static int shown(List<BuildFindings> findings) {
        return findings.stream().mapToInt(f -> f.failedTests().size()).sum();
    }
}
