package dev.cloudtest.run;

import dev.cloudtest.core.Reporter;
import java.util.List;

/**
 * Prints the failing tests of the integration stage's builds, each with its message and the build's log link.
 */
final class FailingTestPrinter {
    private static final int MESSAGE_LINES = 8;

    private final Reporter reporter;

    FailingTestPrinter(Reporter reporter) {
        this.reporter = reporter;
    }

    void print(String stageName, List<BuildFindings> findings) {
        for (BuildFindings build : findings) {
            int total = build.reports().stream().mapToInt(TestReport::total).sum();
            reporter.error(stageName + " / " + build.actionName() + ": build " + build.buildId() + " "
                    + build.buildStatus() + ", " + build.failingTotal() + " of " + total + " test(s) failed"
                    + (build.reports().isEmpty() ? " (the build published no test report)" : ""));
            for (FailedTestCase test : build.failedTests()) {
                reporter.error("  " + test.status() + " " + qualifiedName(test));
                test.message().lines().limit(MESSAGE_LINES).forEach(line -> reporter.error("      " + line));
            }
            if (build.failingTotal() > build.failedTests().size()) {
                reporter.error("  ... and "
                        + (build.failingTotal() - build.failedTests().size()) + " more");
            }
            if (build.logLink() != null) {
                reporter.error("  Log: " + build.logLink());
            }
        }
    }

    private static String qualifiedName(FailedTestCase test) {
        String owner = test.prefix().isBlank() ? test.suiteName() : test.prefix();
        return owner.isBlank() ? test.name() : owner + "." + test.name();
    }
}
