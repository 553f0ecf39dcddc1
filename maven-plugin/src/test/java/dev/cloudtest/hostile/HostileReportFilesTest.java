package dev.cloudtest.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * verify on hostile report files, at -Xmx256m: a file over a parser limit is named once with the limit, the
 * other files still count and the summary is written; reports deep in the tree are found or named.
 */
class HostileReportFilesTest {
    private static final int FIFTY_MB = 50 << 20;

    @TempDir
    Path tmp;

    private Sandbox sandbox;

    private Path reports() {
        return sandbox.project().resolve("target/failsafe-reports");
    }

    /** Two readable reports with three passing tests between them. */
    private void goodReports() {
        sandbox = Sandbox.in(tmp);
        sandbox.file("target/failsafe-reports/TEST-a.xml", suite("a", 2));
        sandbox.file("target/failsafe-reports/TEST-b.xml", suite("b", 1));
    }

    private static String suite(String name, int passing) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<testsuite name=\"" + name + "\" tests=\""
                + passing + "\" failures=\"0\" errors=\"0\" skipped=\"0\">\n");
        for (int i = 0; i < passing; i++) {
            xml.append("  <testcase name=\"t")
                    .append(i)
                    .append("\" classname=\"")
                    .append(name)
                    .append("\"/>\n");
        }
        return xml.append("</testsuite>\n").toString();
    }

    /** Writes {@code before}, {@code count} times {@code filler}, then {@code after}, streaming. */
    private Path hostile(String name, String before, char filler, int count, String after) {
        Path file = reports().resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(before.getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) filler);
            for (int left = count; left > 0; left -= chunk.length) {
                out.write(chunk, 0, Math.min(left, chunk.length));
            }
            out.write(after.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private Outcome verify(String measuredAs) {
        return PeakMemory.measure(
                measuredAs, () -> Goal.named("verify", sandbox).run());
    }

    /** The file is named with the limit, the build fails saying how to let it pass, the others are counted. */
    private void assertOnlyThatFileIsLost(Outcome outcome, Path file, String limit) throws IOException {
        outcome.assertReported(file.toString(), "over a limit, so not counted", limit);
        assertThat(outcome.failure()).contains("-Dcloudtest.failOnUnreadableReports=false");
        JsonNode summary = new ObjectMapper()
                .readTree(sandbox.output().resolve("test-summary.json").toFile());
        assertThat(summary.findValue("totals").path("tests").asInt()).isEqualTo(3);
        assertThat(summary.findValue("unreadable").toString())
                .contains(file.getFileName().toString());
        assertThat(sandbox.output().resolve("test-summary.md")).exists();
        sandbox.assertWroteOnlyUnder(sandbox.output());
    }

    @ParameterizedTest(name = "a 50 MB {0} name")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "element|<testsuite name=\"s\"><|/></testsuite>",
                "attribute|<testsuite name=\"s\"><testcase |=\"x\"/></testsuite>",
                "entity|<testsuite name=\"&|;\"/>"
            })
    void aFiftyMegabyteName(String kind, String before, String after) throws IOException {
        goodReports();
        Path file = hostile("TEST-" + kind + ".xml", before, 'n', FIFTY_MB, after);
        assertOnlyThatFileIsLost(verify("verify: 50 MB " + kind + " name"), file, "name is longer than 16384 bytes");
    }

    @Test
    void aFiftyMegabyteAttributeValue() throws IOException {
        goodReports();
        Path file = hostile(
                "TEST-value.xml",
                "<testsuite name=\"s\"><testcase name=\"t\" classname=\"c\"><failure message=\"",
                'm',
                FIFTY_MB,
                "\"/></testcase></testsuite>");
        assertOnlyThatFileIsLost(
                verify("verify: 50 MB attribute value"), file, "an attribute value is longer than 8388608");
    }

    @Test
    void threeSevenMegabyteAttributesMeetTheTagLimit() throws IOException {
        goodReports();
        Path file = hostile("TEST-tag.xml", "<testsuite name=\"s\"><testcase a=\"", 'v', 7 << 20, "\" b=\"");
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
            byte[] seven = new byte[7 << 20];
            Arrays.fill(seven, (byte) 'v');
            out.write(seven);
            out.write("\" c=\"".getBytes(StandardCharsets.UTF_8));
            out.write(seven);
            out.write("\"/></testsuite>".getBytes(StandardCharsets.UTF_8));
        }
        assertOnlyThatFileIsLost(
                verify("verify: three 7 MB attributes"), file, "a tag with its attributes is longer than 16777216");
    }

    @Test
    void aTenMegabyteAttributeValueMeetsTheAttributeLimit() throws IOException {
        goodReports();
        Path file = hostile(
                "TEST-value.xml",
                "<testsuite name=\"s\"><testcase name=\"t\" classname=\"c\"><failure message=\"",
                'm',
                10 << 20,
                "\"/></testcase></testsuite>");
        assertOnlyThatFileIsLost(
                verify("verify: 10 MB attribute value"), file, "an attribute value is longer than 8388608");
    }

    @Test
    void threeHundredAttributes() throws IOException {
        goodReports();
        StringBuilder attributes = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            attributes.append(" a").append(i).append("=\"v\"");
        }
        Path file = sandbox.file(
                "target/failsafe-reports/TEST-attributes.xml",
                "<testsuite name=\"s\"><testcase name=\"t\"" + attributes + "/></testsuite>");
        assertOnlyThatFileIsLost(verify("verify: 300 attributes"), file, "more than 256 attributes");
    }

    @Test
    void fiftyMegabytesOfFailureTextAreReadInBoundedMemory() throws IOException {
        goodReports();
        hostile(
                "TEST-text.xml",
                "<testsuite name=\"s\"><testcase name=\"big\" classname=\"c\"><failure message=\"boom\">",
                't',
                FIFTY_MB,
                "</failure></testcase></testsuite>");
        Outcome outcome = verify("verify: 50 MB failure text").assertNoStackTrace();
        assertThat(outcome.failure()).contains("1 failed");
        JsonNode summary = new ObjectMapper()
                .readTree(sandbox.output().resolve("test-summary.json").toFile());
        assertThat(summary.findValue("totals").path("tests").asInt()).isEqualTo(4);
        assertThat(summary.findValue("totals").path("failures").asInt()).isEqualTo(1);
    }

    @Test
    void aFailingReportFortyDirectoriesDownStillFailsTheBuild() {
        sandbox = Sandbox.in(tmp);
        String deep = "target/failsafe-reports/" + "d/".repeat(40);
        sandbox.file(
                deep + "TEST-deep.xml",
                "<testsuite name=\"s\"><testcase name=\"t\" classname=\"c\"><failure message=\"no\"/></testcase>"
                        + "</testsuite>");
        Outcome outcome = Goal.named("verify", sandbox)
                .property("cloudtest.reportFiles", "**/TEST-*.xml")
                .run()
                .assertNoStackTrace();
        assertThat(outcome.failure()).contains("There are test failures: 1 failed");
    }

    @Test
    void reportsBelowTheSearchDepthAreNamedInAWarning() {
        goodReports();
        String deep = "target/failsafe-reports/" + "d/".repeat(70);
        sandbox.file(deep + "TEST-deep.xml", suite("deep", 1));
        Goal.named("verify", sandbox)
                .property("cloudtest.reportFiles", "**/TEST-*.xml")
                .run()
                .assertSucceeded()
                .assertWarned(
                        "the search stops 64 directory levels down",
                        reports().resolve("d/".repeat(64)).normalize().toString(),
                        "cloudtest.reportsDirectories");
    }
}
