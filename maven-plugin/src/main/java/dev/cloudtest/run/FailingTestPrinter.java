package dev.cloudtest.run;

import dev.cloudtest.core.Reporter;
import dev.cloudtest.reports.FailedTest;
import dev.cloudtest.reports.FailureRenderer;
import java.util.List;

/**
 * Prints the integration stage's builds: the failing tests through the renderer {@code cloudtest:verify} uses,
 * with the build's log link; otherwise how many tests ran, and a warning when none did.
 */
final class FailingTestPrinter {
    private final Reporter reporter;
    private final FailureRenderer renderer = new FailureRenderer(FailingTestsFinder.MAX_CASES, 8);

    FailingTestPrinter(Reporter reporter) {
        this.reporter = reporter;
    }

    void print(String stageName, List<BuildFindings> findings) {
        for (BuildFindings build : findings) {
            int total = build.reports().stream().mapToInt(TestReport::total).sum();
            String head = stageName + " / " + build.actionName() + ": build " + build.buildId() + " "
                    + build.buildStatus() + ", ";
            if (build.failingTotal() == 0) {
                if (total == 0) {
                    reporter.warn(head + "no test results"
                            + (build.reports().isEmpty() ? " (the build published no test report)" : "")
                            + ": did the integration tests run? Check the buildspec's reports section.");
                } else {
                    reporter.info(head + total + " test(s), none failed");
                }
                continue;
            }
            reporter.error(head + build.failingTotal() + " of " + total + " test(s) failed");
            List<FailedTest> tests = build.failedTests().stream()
                    .map(FailingTestPrinter::toFailedTest)
                    .toList();
            int unlisted = Math.max(0, build.failingTotal() - tests.size());
            renderer.failing(tests, unlisted).forEach(reporter::error);
            if (build.logLink() != null) {
                reporter.error("Log: " + build.logLink());
            }
        }
    }

    /** CodeBuild keeps the failure text in one field: its first line is the message, the rest the detail. */
    static FailedTest toFailedTest(FailedTestCase test) {
        String owner = test.prefix().isBlank() ? test.suiteName() : test.prefix();
        List<String> lines = test.message().strip().lines().map(String::strip).toList();
        String firstLine = lines.isEmpty() ? "" : lines.get(0);
        String detail = String.join("\n", lines.subList(Math.min(1, lines.size()), lines.size()));
        String label = "ERROR".equals(test.status()) ? "[error] " : "";
        return new FailedTest(owner, test.name(), label + firstLine, detail);
    }
}
