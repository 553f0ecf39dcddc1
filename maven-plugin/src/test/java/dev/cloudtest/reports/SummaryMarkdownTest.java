package dev.cloudtest.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryMarkdownTest {

    @Test
    void failureTextCannotBreakOutOfItsCodeBlockAndHtmlIsEscaped() {
        FailedTest test = new FailedTest("a.B", "c", "expected <x> | got y", "line with ``` fence\nsecond line");
        TestSummary summary = new TestSummary(
                new TestCounts(2, 1, 0, 0, 0, 0),
                1,
                List.of(new FailingTest(FailingTest.Kind.FAILURE, "TEST-a.B.xml", test)),
                0,
                List.of(),
                0,
                List.of(),
                List.of(),
                List.of());

        String markdown = SummaryMarkdown.render(new GateResult(false, false, List.of("1 | failed"), summary));

        assertThat(markdown)
                .startsWith("## Test results: failed\n")
                .contains("| 2 | 1 | 1 | 0 | 0 | 0 | 1 |")
                .contains("- 1 \\| failed")
                .contains("<summary><code>a.B.c</code>: expected &lt;x&gt; | got y</summary>")
                .contains("````text\nline with ``` fence\nsecond line\n````");
    }

    @Test
    void ignoredFailureSaysSo() {
        TestSummary empty =
                new TestSummary(TestCounts.ZERO, 0, List.of(), 0, List.of(), 0, List.of(), List.of(), List.of());

        assertThat(SummaryMarkdown.render(new GateResult(false, true, List.of("No tests ran"), empty)))
                .startsWith("## Test results: failed (ignored)");
    }
}
