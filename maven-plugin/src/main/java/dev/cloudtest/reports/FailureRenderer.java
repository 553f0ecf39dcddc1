package dev.cloudtest.reports;

import dev.cloudtest.core.LogText;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders failing tests as console lines a person can read without scrolling. Shared by {@code cloudtest:verify}
 * (tests from report files) and {@code cloudtest:run-pipeline} (test cases CodeBuild reported).
 *
 * <p>Usage: build {@link FailedTest}s, then log the lines of {@link #failing}, {@link #flaky} and finally
 * {@link #totals}, in that order, so the totals end the log:
 *
 * <pre>{@code
 * FailureRenderer renderer = new FailureRenderer();
 * renderer.failing(failed, 0).forEach(reporter::error);
 * renderer.flaky(flaky, 0).forEach(reporter::warn);
 * reporter.info(FailureRenderer.totals(tests, failures, errors, skipped, flaky, files));
 * }</pre>
 *
 * <p>Output of {@link #failing}: a header, then per test {@code Class.method: message} and the first lines of its
 * detail, indented; a longer detail ends with {@code ...and N more lines}; past {@code maxTests} tests one line
 * {@code ...and N more failing tests}. Long lines are cut at 400 characters. Pure and thread-safe.
 */
public final class FailureRenderer {
    public static final int DEFAULT_MAX_TESTS = 20;
    public static final int DEFAULT_MAX_DETAIL_LINES = 12;
    private static final int MAX_LINE = 400;

    private final int maxTests;
    private final int maxDetailLines;

    public FailureRenderer() {
        this(DEFAULT_MAX_TESTS, DEFAULT_MAX_DETAIL_LINES);
    }

    /**
     * @param maxTests failing tests shown before {@code ...and N more failing tests}
     * @param maxDetailLines detail lines shown per test before {@code ...and N more lines}
     */
    public FailureRenderer(int maxTests, int maxDetailLines) {
        this.maxTests = maxTests;
        this.maxDetailLines = maxDetailLines;
    }

    /**
     * Lines for the failing tests; empty when there are none.
     *
     * @param unlisted failing tests known to exist beyond {@code tests} (counted but not kept)
     */
    public List<String> failing(List<FailedTest> tests, int unlisted) {
        return render("Failing tests (" + (tests.size() + unlisted) + "):", tests, unlisted, true, "failing");
    }

    /** Lines for tests that failed and then passed on a rerun: a header and one line each. */
    public List<String> flaky(List<FailedTest> tests, int unlisted) {
        String header = "Flaky tests (" + (tests.size() + unlisted) + ", passed on a rerun):";
        return render(header, tests, unlisted, false, "flaky");
    }

    private List<String> render(String header, List<FailedTest> tests, int unlisted, boolean detail, String what) {
        List<String> lines = new ArrayList<>();
        if (tests.isEmpty() && unlisted == 0) {
            return lines;
        }
        lines.add(header);
        for (int i = 0; i < tests.size() && i < maxTests; i++) {
            lines.add(cut("  " + headline(tests.get(i))));
            if (detail) {
                detailLines(tests.get(i), lines);
            }
        }
        int more = Math.max(0, tests.size() - maxTests) + unlisted;
        if (more > 0) {
            lines.add("  ...and " + more + " more " + what + " tests");
        }
        return lines;
    }

    /** {@code Tests: X, Failures: Y, Errors: Z, Skipped: W, Flaky: F (from N files)}. */
    public static String totals(int tests, int failures, int errors, int skipped, int flaky, int files) {
        return "Tests: " + tests + ", Failures: " + failures + ", Errors: " + errors + ", Skipped: " + skipped
                + ", Flaky: " + flaky + " (from " + files + (files == 1 ? " file)" : " files)");
    }

    /** {@code Class.method: first line of the message}. */
    public static String headline(FailedTest test) {
        String message = firstLine(test.message());
        String name = LogText.escape(test.displayName());
        return message.isEmpty() ? name : name + ": " + LogText.escape(message);
    }

    private void detailLines(FailedTest test, List<String> lines) {
        if (test.detail() == null || test.detail().isBlank()) {
            return;
        }
        List<String> detail = test.detail().strip().lines().toList();
        // The first line of a stack trace usually repeats the message: skip it then.
        int start = !detail.isEmpty() && sameAsMessage(detail.get(0), test.message()) ? 1 : 0;
        int end = Math.min(detail.size(), start + maxDetailLines);
        for (int i = start; i < end; i++) {
            lines.add(cut("      " + detail.get(i).stripTrailing().replace("\t", "  ")));
        }
        if (detail.size() > end) {
            lines.add("      ...and " + (detail.size() - end) + " more lines");
        }
    }

    private static boolean sameAsMessage(String line, String message) {
        String first = firstLine(message);
        return !first.isEmpty() && line.strip().endsWith(first);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        int newline = stripped.indexOf('\n');
        return (newline < 0 ? stripped : stripped.substring(0, newline)).strip();
    }

    private static String cut(String line) {
        String oneLine = LogText.escape(line);
        return oneLine.length() <= MAX_LINE ? oneLine : oneLine.substring(0, MAX_LINE) + "...";
    }
}
