package dev.cloudtest.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudtest.core.RecordingReporter;
import dev.cloudtest.core.ResultFiles;
import dev.cloudtest.core.UserFixableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestGateTest {
    @TempDir
    Path dir;

    private final RecordingReporter recorder = new RecordingReporter();
    private final List<String> log = recorder.lines();

    @Test
    void aBadFileNeverHidesTheOthersAndFailingTestsEndTheLogBeforeTheTotals() throws IOException {
        Path reports = dir.resolve("failsafe-reports");
        copy("dialects/surefire.xml", reports.resolve("TEST-com.example.CalculatorTest.xml"));
        copy("dialects/surefire-rerun.xml", reports.resolve("TEST-com.example.OrderIT.xml"));
        copy("hostile/truncated.xml", reports.resolve("TEST-broken.xml"));
        copy("hostile/billion-laughs.xml", reports.resolve("TEST-lol.xml"));

        assertThatThrownBy(() -> gate(settings(reports, false)))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("There are test failures: 2 failed, 1 errored (listed above and in "
                        + dir.resolve("out/test-summary.md") + ")")
                .hasMessageContaining("2 test reports could not be read")
                .hasMessageContaining("com.example.CalculatorTest.divides: expected: <2> but was: <3>")
                .hasMessageContaining("-Dcloudtest.testFailureIgnore=true");

        assertThat(log).anySatisfy(l -> assertThat(l)
                .startsWith("ERROR Cannot read test report ")
                .contains("TEST-broken.xml: not well-formed XML"));
        assertThat(log).anySatisfy(l -> assertThat(l).contains("TEST-lol.xml: it has a DOCTYPE declaration"));
        int failing = log.indexOf("ERROR Failing tests (3):");
        int flaky = log.indexOf("WARN Flaky tests (2, passed on a rerun):");
        assertThat(failing).isPositive();
        assertThat(flaky).isGreaterThan(failing);
        assertThat(log.get(log.size() - 1))
                .isEqualTo("ERROR Tests: 7, Failures: 2, Errors: 1, Skipped: 1, Flaky: 2 (from 2 files)");

        JsonNode json =
                ResultFiles.json().readTree(dir.resolve("out/test-summary.json").toFile());
        assertThat(json.path("passed").asBoolean()).isFalse();
        assertThat(json.at("/summary/totals/tests").asInt()).isEqualTo(7);
        assertThat(json.at("/summary/failing")).hasSize(3);
        assertThat(json.at("/summary/flaky/0/test/name").asText()).isEqualTo("placesOrder");
        assertThat(json.at("/summary/unreadable")).hasSize(2);
        assertThat(json.at("/summary/attributeMismatches")).isEmpty();
        String markdown = Files.readString(dir.resolve("out/test-summary.md"));
        assertThat(markdown)
                .startsWith("## Test results: failed")
                .contains("| 7 | 3 | 2 | 1 | 1 | 2 | 2 |")
                .contains("<code>com.example.CalculatorTest.divides</code>: expected: &lt;2&gt; but was: &lt;3&gt;")
                .contains("### Unreadable reports");
    }

    @Test
    void testFailureIgnoreLogsAndGoesOn() throws IOException {
        Path reports = dir.resolve("r");
        copy("dialects/swift.xml", reports.resolve("TEST-swift.xml"));

        GateResult result = gate(settings(reports, true));

        assertThat(result.passed()).isFalse();
        assertThat(result.failureIgnored()).isTrue();
        assertThat(log.get(log.size() - 1)).contains("cloudtest.testFailureIgnore is true: the build goes on.");
    }

    @Test
    void passingReportsPass() throws IOException {
        Path reports = dir.resolve("r");
        copy("quirks/lenient-times.xml", reports.resolve("TEST-times.xml"));

        GateResult result = gate(settings(reports, false));

        assertThat(result.passed()).isTrue();
        assertThat(log.get(log.size() - 1))
                .isEqualTo("INFO Tests: 5, Failures: 0, Errors: 0, Skipped: 0, Flaky: 0 (from 1 file)");
        assertThat(Files.readString(dir.resolve("out/test-summary.md"))).startsWith("## Test results: passed");
    }

    @Test
    void noReportsAtAllFailsAsNoTests() {
        assertThatThrownBy(() -> gate(settings(dir.resolve("nothing-here"), false)))
                .hasMessageContaining("No tests ran: no <testcase> in 0 readable report files");
    }

    @Test
    void inCodeBuildWarnsWhenAFileHoldsMoreTestCasesThanAReportKeeps() throws IOException {
        Path reports = dir.resolve("r");
        Files.createDirectories(reports);
        StringBuilder xml = new StringBuilder("<testsuite name='big'>");
        for (int i = 0; i < 501; i++) {
            xml.append("<testcase classname='big' name='t").append(i).append("'/>");
        }
        Files.writeString(reports.resolve("TEST-big.xml"), xml.append("</testsuite>"));
        TestGate.Settings inCodeBuild = new TestGate.Settings(
                List.of(reports),
                List.of("TEST-*.xml"),
                dir.resolve("out"),
                new GatePolicy(true, true, 0),
                false,
                true,
                TestRuns.unknown());

        gate(inCodeBuild);

        assertThat(log)
                .anySatisfy(l -> assertThat(l).startsWith("WARN ").contains("TEST-big.xml holds 501 test cases"));
    }

    @Test
    void negativeFlakeCountIsRefused() {
        TestGate.Settings settings = new TestGate.Settings(
                List.of(dir),
                List.of("TEST-*.xml"),
                dir.resolve("out"),
                new GatePolicy(true, true, -1),
                false,
                false,
                TestRuns.unknown());

        assertThatThrownBy(() -> gate(settings)).hasMessageContaining("cloudtest.failOnFlakeCount is -1");
    }

    @Test
    void aReportsDirectoryThatIsAFileIsNamedInAWarning() throws IOException {
        // Found by QA: -Dcloudtest.reportsDirectories=target/failsafe-reports/TEST-x.xml was silently ignored.
        Path reports = dir.resolve("r");
        copy("quirks/lenient-times.xml", reports.resolve("TEST-times.xml"));
        Path file = reports.resolve("TEST-times.xml");

        assertThatThrownBy(() -> gate(settings(file, false))).hasMessageContaining("No tests ran");

        assertThat(log)
                .contains("WARN cloudtest.reportsDirectories: " + file + " is a file, not a directory; name its folder"
                        + " there and the file (or a glob) in cloudtest.reportFiles.");
    }

    @Test
    void aRunThatStopsEarlyLeavesNoStaleSummary() throws IOException {
        // Found by QA: after a passing run, -Dcloudtest.failOnFlakeCount=-1 failed but left "passed": true on disk.
        Path reports = dir.resolve("r");
        copy("quirks/lenient-times.xml", reports.resolve("TEST-times.xml"));
        gate(settings(reports, false));
        assertThat(dir.resolve("out/test-summary.json")).exists();

        TestGate.Settings bad = new TestGate.Settings(
                List.of(reports),
                List.of("TEST-*.xml"),
                dir.resolve("out"),
                new GatePolicy(true, true, -1),
                false,
                false,
                TestRuns.unknown());
        assertThatThrownBy(() -> gate(bad)).hasMessageContaining("cloudtest.failOnFlakeCount is -1");

        assertThat(dir.resolve("out/test-summary.json")).doesNotExist();
        assertThat(dir.resolve("out/test-summary.md")).doesNotExist();
    }

    @Test
    void anInvalidGlobNamesTheParameter() throws IOException {
        Path reports = dir.resolve("r");
        TestGate.Settings settings = new TestGate.Settings(
                List.of(reports),
                List.of("TEST-[.xml"),
                dir.resolve("out"),
                new GatePolicy(true, true, 0),
                false,
                false,
                TestRuns.unknown());

        assertThatThrownBy(() -> gate(settings))
                .isInstanceOf(UserFixableException.class)
                .hasMessageStartingWith("cloudtest.reportFiles: 'TEST-[.xml' is not a valid glob (Missing ']");
    }

    private GateResult gate(TestGate.Settings settings) {
        return new TestGate(recorder).run(settings);
    }

    @Test
    void anUnreadableReportOnlyWarnsWhenTheGateIsToldNotToFailOnIt() throws IOException {
        Path reports = dir.resolve("failsafe-reports");
        copy("dialects/surefire.xml", reports.resolve("TEST-com.example.CalculatorTest.xml"));
        copy("hostile/truncated.xml", reports.resolve("TEST-broken.xml"));
        TestGate.Settings lenient = new TestGate.Settings(
                List.of(reports),
                List.of("TEST-*.xml"),
                dir.resolve("out"),
                new GatePolicy(false, true, 0),
                true,
                false,
                TestRuns.unknown());

        gate(lenient);

        assertThat(log).anySatisfy(l -> assertThat(l)
                .startsWith("WARN Cannot read test report ")
                .contains("TEST-broken.xml"));
        assertThat(log).noneMatch(l -> l.startsWith("ERROR Cannot read test report"));
    }

    private TestGate.Settings settings(Path reports, boolean ignore) {
        return new TestGate.Settings(
                List.of(reports),
                List.of("TEST-*.xml"),
                dir.resolve("out"),
                new GatePolicy(true, true, 0),
                ignore,
                false,
                TestRuns.unknown());
    }

    private static void copy(String fixture, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.copy(Fixtures.report(fixture), target);
    }
}
