package dev.cloudtest.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GatePolicyTest {
    private static final GatePolicy DEFAULTS = new GatePolicy(true, true, 0);
    private static final String SUMMARY = "build/gate/test-summary.md";

    @Test
    void passesWhenAllTestsPassed() {
        assertThat(DEFAULTS.reasonsToFail(summary(new TestCounts(3, 0, 0, 1, 0, 0), 0), "in x", SUMMARY))
                .isEmpty();
    }

    @Test
    void failsOnFailuresOrErrors() {
        assertThat(DEFAULTS.reasonsToFail(summary(new TestCounts(3, 1, 2, 0, 0, 0), 0), "in x", SUMMARY))
                .containsExactly(
                        "There are test failures: 1 failed, 2 errored (listed above and in" + " " + SUMMARY + ").");
    }

    @Test
    void failsWhenNoTestRanUnlessTurnedOff() {
        assertThat(DEFAULTS.reasonsToFail(summary(TestCounts.ZERO, 0), "matching [TEST-*.xml] in [t]", SUMMARY))
                .singleElement()
                .asString()
                .contains("No tests ran", "matching [TEST-*.xml] in [t]", "-Dcloudtest.failIfNoTests=false");
        assertThat(new GatePolicy(true, false, 0).reasonsToFail(summary(TestCounts.ZERO, 0), "in x", SUMMARY))
                .isEmpty();
    }

    @Test
    void unreadableReportsFailUnlessTurnedOff() {
        TestSummary summary = summary(new TestCounts(1, 0, 0, 0, 0, 0), 2);

        assertThat(DEFAULTS.reasonsToFail(summary, "in x", SUMMARY))
                .singleElement()
                .asString()
                .startsWith("2 test reports could not be read")
                .contains("-Dcloudtest.failOnUnreadableReports=false");
        assertThat(new GatePolicy(false, true, 0).reasonsToFail(summary, "in x", SUMMARY))
                .isEmpty();
    }

    @Test
    void flakyTestsFailOnlyAboveAPositiveThreshold() {
        TestSummary threeFlaky = summary(new TestCounts(5, 0, 0, 0, 3, 0), 0);

        assertThat(DEFAULTS.reasonsToFail(threeFlaky, "in x", SUMMARY)).isEmpty();
        assertThat(new GatePolicy(true, true, 3).reasonsToFail(threeFlaky, "in x", SUMMARY))
                .isEmpty();
        assertThat(new GatePolicy(true, true, 2).reasonsToFail(threeFlaky, "in x", SUMMARY))
                .containsExactly("There are 3 flaky tests and cloudtest.failOnFlakeCount is 2; fix them or raise"
                        + " -Dcloudtest.failOnFlakeCount.");
    }

    private static TestSummary summary(TestCounts totals, int unreadable) {
        List<UnreadableReport> bad = java.util.stream.IntStream.range(0, unreadable)
                .mapToObj(i -> new UnreadableReport("f" + i, "broken"))
                .toList();
        return new TestSummary(totals, 1, List.of(), 0, List.of(), 0, bad, List.of(), List.of());
    }
}
