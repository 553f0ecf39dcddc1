package dev.cloudtest.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FailureRendererTest {

    @Test
    void failingTestShowsNameMessageAndFirstDetailLinesThenHowManyMore() {
        String detail = "org.opentest4j.AssertionFailedError: expected: <2> but was: <3>\n"
                + "\tat a.A.one(A.java:1)\n\tat a.A.two(A.java:2)\n\tat a.A.three(A.java:3)\n\tat a.A.four(A.java:4)";
        FailedTest test = new FailedTest("com.example.OrderIT", "cancels", "expected: <2> but was: <3>", detail);

        List<String> lines = new FailureRenderer(20, 2).failing(List.of(test), 0);

        // The first detail line repeats the message, so it is skipped.
        assertThat(lines)
                .containsExactly(
                        "Failing tests (1):",
                        "  com.example.OrderIT.cancels: expected: <2> but was: <3>",
                        "        at a.A.one(A.java:1)",
                        "        at a.A.two(A.java:2)",
                        "      ...and 2 more lines");
    }

    @Test
    void testsBeyondTheCapAndUnlistedOnesAreCounted() {
        List<FailedTest> tests = List.of(
                new FailedTest("A", "a", "m1", null),
                new FailedTest("B", "b", null, null),
                new FailedTest("C", "c", "m3", null));

        List<String> lines = new FailureRenderer(2, 5).failing(tests, 4);

        assertThat(lines).containsExactly("Failing tests (7):", "  A.a: m1", "  B.b", "  ...and 5 more failing tests");
    }

    @Test
    void multiLineMessageShowsItsFirstLineInTheHeadline() {
        FailedTest test = new FailedTest(null, "lonely", "line one\nline two", "detail");

        assertThat(FailureRenderer.headline(test)).isEqualTo("lonely: line one");
        assertThat(new FailedTest(null, null, null, null).displayName()).isEqualTo("(unnamed test)");
    }

    @Test
    void flakyTestsOneLineEach() {
        List<String> lines = new FailureRenderer().flaky(List.of(new FailedTest("F", "f", "timeout", "trace")), 0);

        assertThat(lines).containsExactly("Flaky tests (1, passed on a rerun):", "  F.f: timeout");
    }

    @Test
    void nothingToShowIsNoLines() {
        assertThat(new FailureRenderer().failing(List.of(), 0)).isEmpty();
        assertThat(new FailureRenderer().flaky(List.of(), 0)).isEmpty();
    }

    @Test
    void totalsLine() {
        assertThat(FailureRenderer.totals(12, 1, 2, 3, 4, 5))
                .isEqualTo("Tests: 12, Failures: 1, Errors: 2, Skipped: 3, Flaky: 4 (from 5 files)");
        assertThat(FailureRenderer.totals(1, 0, 0, 0, 0, 1))
                .isEqualTo("Tests: 1, Failures: 0, Errors: 0, Skipped: 0, Flaky: 0 (from 1 file)");
    }
}
