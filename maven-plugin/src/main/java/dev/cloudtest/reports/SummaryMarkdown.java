package dev.cloudtest.reports;

import java.util.List;

/** Renders the gate's outcome as Markdown fit for a pull-request comment ({@code test-summary.md}). */
final class SummaryMarkdown {
    private static final int MAX_TESTS = 50;
    private static final int MAX_DETAIL_LINES = 30;

    private SummaryMarkdown() {}

    static String render(GateResult result) {
        TestSummary summary = result.summary();
        TestCounts t = summary.totals();
        StringBuilder md = new StringBuilder();
        String status = result.passed() ? "passed" : result.failureIgnored() ? "failed (ignored)" : "failed";
        md.append("## Test results: ").append(status).append("\n\n");
        md.append("| Tests | Passed | Failures | Errors | Skipped | Flaky | Files |\n");
        md.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        md.append(row(t.tests(), t.passed(), t.failures(), t.errors(), t.skipped(), t.flaky(), summary.filesRead()));
        if (!result.reasons().isEmpty()) {
            md.append('\n');
            result.reasons().forEach(r -> md.append("- ").append(inline(r)).append('\n'));
        }
        tests(md, "Failing tests", summary.failing(), summary.unlistedFailing(), true);
        tests(md, "Flaky tests (passed on a rerun)", summary.flaky(), summary.unlistedFlaky(), false);
        if (!summary.unreadable().isEmpty()) {
            md.append("\n### Unreadable reports\n\n");
            summary.unreadable().forEach(u -> md.append("- `")
                    .append(code(u.file()))
                    .append("`: ")
                    .append(inline(u.reason()))
                    .append('\n'));
        }
        if (!summary.attributeMismatches().isEmpty() || !summary.warnings().isEmpty()) {
            md.append("\n### Warnings\n\n");
            summary.warnings().forEach(w -> md.append("- ").append(inline(w)).append('\n'));
            summary.attributeMismatches()
                    .forEach(w -> md.append("- ").append(inline(w)).append('\n'));
        }
        return md.toString();
    }

    private static void tests(StringBuilder md, String title, List<FailingTest> tests, int unlisted, boolean detail) {
        if (tests.isEmpty() && unlisted == 0) {
            return;
        }
        md.append("\n### ")
                .append(title)
                .append(" (")
                .append(tests.size() + unlisted)
                .append(")\n\n");
        for (int i = 0; i < tests.size() && i < MAX_TESTS; i++) {
            FailedTest test = tests.get(i).test();
            String headline = "<code>" + html(test.displayName()) + "</code>"
                    + (test.message() == null ? "" : ": " + html(firstLine(test.message())));
            if (detail && test.detail() != null) {
                md.append("<details><summary>").append(headline).append("</summary>\n\n");
                String fence = fenceFor(test.detail());
                md.append(fence).append("text\n");
                List<String> lines = test.detail().lines().toList();
                lines.stream().limit(MAX_DETAIL_LINES).forEach(l -> md.append(l).append('\n'));
                if (lines.size() > MAX_DETAIL_LINES) {
                    md.append("...and ").append(lines.size() - MAX_DETAIL_LINES).append(" more lines\n");
                }
                md.append(fence).append("\n\n</details>\n\n");
            } else {
                md.append("- ").append(headline).append('\n');
            }
        }
        int more = Math.max(0, tests.size() - MAX_TESTS) + unlisted;
        if (more > 0) {
            md.append("\n...and ").append(more).append(" more.\n");
        }
    }

    private static String row(int... cells) {
        StringBuilder row = new StringBuilder("|");
        for (int cell : cells) {
            row.append(' ').append(cell).append(" |");
        }
        return row.append('\n').toString();
    }

    /** A code fence longer than any backtick run in the text, so the text cannot close it. */
    private static String fenceFor(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return "`".repeat(Math.max(3, longest + 1));
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline);
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String inline(String text) {
        return html(text).replace("|", "\\|");
    }

    private static String code(String text) {
        return text.replace("`", "'");
    }
}
