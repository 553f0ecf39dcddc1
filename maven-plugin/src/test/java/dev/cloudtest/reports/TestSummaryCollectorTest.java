package dev.cloudtest.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudtest.reports.FailingTest.Kind;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TestSummaryCollectorTest {

    @Test
    void keepsTheFirstTestsAcrossFilesAndCountsTheRest() {
        TestSummary.Collector collector = new TestSummary.Collector(new ReadLimits(100, 100, 4));
        // file a: 5 failures of which 3 were kept by the reader; file b: 3 failures, all kept, and 1 flaky
        collector.add(report("a", new TestCounts(10, 5, 0, 0, 0, 1.5), failures("a", 3)));
        collector.add(report(
                "b",
                new TestCounts(6, 2, 1, 1, 1, 0.5),
                List.of(
                        failing(Kind.FAILURE, "b", 0),
                        failing(Kind.ERROR, "b", 1),
                        failing(Kind.FAILURE, "b", 2),
                        failing(Kind.FLAKY, "b", 3))));
        collector.add(FileReport.unreadable("c", "broken"));

        TestSummary summary = collector.summary();

        assertThat(summary.totals()).isEqualTo(new TestCounts(16, 7, 1, 1, 1, 2.0));
        assertThat(summary.filesRead()).isEqualTo(2);
        assertThat(summary.failing()).extracting(f -> f.test().name()).containsExactly("a0", "a1", "a2", "b0");
        // 8 failing in all, 4 listed
        assertThat(summary.unlistedFailing()).isEqualTo(4);
        assertThat(summary.flaky()).extracting(f -> f.test().name()).containsExactly("b3");
        assertThat(summary.unreadable()).containsExactly(new UnreadableReport("c", "broken"));
    }

    private static FileReport report(String file, TestCounts counts, List<FailingTest> listed) {
        return new FileReport(file, counts, listed, 0, List.of(), null);
    }

    private static List<FailingTest> failures(String file, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> failing(Kind.FAILURE, file, i))
                .toList();
    }

    private static FailingTest failing(Kind kind, String file, int i) {
        return new FailingTest(kind, file, new FailedTest("C", file + i, "m", null));
    }
}
