package dev.cloudtest.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudtest.core.RecordingReporter;
import dev.cloudtest.core.ResultFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlaChecksTest {
    @TempDir
    Path dir;

    private final RecordingReporter reporter = new RecordingReporter();

    private static String line(String test, String name, String kind, long sla, long measured, boolean passed) {
        return "{\"test\":\"" + test + "\",\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"slaMs\":" + sla
                + ",\"measuredMs\":" + measured + ",\"passed\":" + passed
                + ",\"attempts\":3,\"at\":\"2026-12-03T10:00:00Z\"}";
    }

    private Path slaDir() throws IOException {
        Path sla = Files.createDirectories(dir.resolve("sla"));
        Files.writeString(
                sla.resolve("fork-1.jsonl"),
                line("OrdersIT#confirms", "order confirmed", "within", 5_000, 812, true) + "\n"
                        + line("OrdersIT#invoice", "invoice sent", "within", 2_000, 2_460, false) + "\n"
                        + "not json\n");
        Files.writeString(
                sla.resolve("fork-2.jsonl"),
                line("StockIT#unchanged", "stock unchanged", "holds", 10_000, 10_000, true) + "\n"
                        + line("OrdersIT#queued", "order queued", "within", 1_000, 950, true) + "\n"
                        + "{\"name\":\"" + "x".repeat(SlaChecks.MAX_LINE_CHARS) + "\"}\n");
        Files.writeString(sla.resolve("notes.txt"), line("X#y", "not read", "within", 1, 1, true));
        return sla;
    }

    @Test
    void theTableShowsMissedChecksFirstThenTheSmallestMargins() throws IOException {
        SlaChecks checks = SlaChecks.read(slaDir(), reporter);

        assertThat(checks.logLines())
                .containsExactly(
                        "SLA checks: 4, 1 missed (from 2 files in " + dir.resolve("sla") + "):",
                        "  result     margin   measured        SLA  name                            test",
                        "  MISSED     -460ms     2.460s     2.000s  invoice sent                    OrdersIT#invoice",
                        "  met         +50ms      950ms     1.000s  order queued                    OrdersIT#queued",
                        "  met       +4.188s      812ms     5.000s  order confirmed                 OrdersIT#confirms",
                        "  met             -    10.000s    10.000s  stock unchanged [holds]         StockIT#unchanged",
                        "  (2 lines were not SLA records and were skipped)");
    }

    @Test
    void aDurationMeasuredElsewhereHasItsMarginToo() throws IOException {
        Path sla = Files.createDirectories(dir.resolve("sla"));
        Files.writeString(
                sla.resolve("fork-1.jsonl"), line("TraceIT#api", "orders-api in trace", "measured", 800, 420, true));

        assertThat(SlaChecks.read(sla, reporter).logLines())
                .contains("  met        +380ms      420ms      800ms  orders-api in trace [measured]  TraceIT#api");
    }

    @Test
    void theChecksAreAddedToBothSummaries() throws IOException {
        Path out = dir.resolve("cloudtest");
        ResultFiles.writeJson(out, "test-summary.json", java.util.Map.of("passed", false));
        ResultFiles.writeText(out, "test-summary.md", "## Test results: failed\n");

        SlaChecks.read(slaDir(), reporter).addToSummaries(out);

        JsonNode json =
                ResultFiles.json().readTree(out.resolve("test-summary.json").toFile());
        assertThat(json.path("passed").asBoolean(true)).isFalse();
        assertThat(json.path("sla").path("checks").asInt()).isEqualTo(4);
        assertThat(json.path("sla").path("missed").asInt()).isEqualTo(1);
        JsonNode worst = json.path("sla").path("entries").get(0);
        assertThat(worst.path("name").asText()).isEqualTo("invoice sent");
        assertThat(worst.path("marginMs").asLong()).isEqualTo(-460);
        assertThat(worst.path("passed").asBoolean(true)).isFalse();

        String md = Files.readString(out.resolve("test-summary.md"));
        assertThat(md)
                .startsWith("## Test results: failed\n")
                .contains("### SLA checks (4, 1 missed)")
                .contains("| **missed** | -460ms | 2.460s | 2.000s | invoice sent | `OrdersIT#invoice` |");
    }

    @Test
    void noChecksMeansNoTableAndUntouchedSummaries() throws IOException {
        Path out = dir.resolve("cloudtest");
        ResultFiles.writeText(out, "test-summary.md", "## Test results: passed\n");

        SlaChecks checks = SlaChecks.read(dir.resolve("missing"), reporter);
        checks.addToSummaries(out);

        assertThat(checks.logLines()).isEmpty();
        assertThat(Files.readString(out.resolve("test-summary.md"))).isEqualTo("## Test results: passed\n");
        assertThat(reporter.lines()).isEmpty();
    }

    @Test
    void filesThatAreNotTestOutputAreSkippedWithAWarning() throws IOException {
        Path sla = Files.createDirectories(dir.resolve("sla"));
        Files.createDirectories(sla.resolve("a-directory.jsonl"));
        Files.write(sla.resolve("binary.jsonl"), new byte[] {(byte) 0xC3, (byte) 0x28, '\n'});
        Files.writeString(sla.resolve("ok.jsonl"), line("A#b", "ok", "within", 1_000, 10, true) + "\n");

        SlaChecks checks = SlaChecks.read(sla, reporter);

        assertThat(checks.entries()).extracting(SlaEntry::name).containsExactly("ok");
        assertThat(reporter.lines())
                .anySatisfy(l -> assertThat(l).contains("a-directory.jsonl: not a regular file"))
                .anySatisfy(l -> assertThat(l).contains("Cannot read SLA file").contains("binary.jsonl"));
    }

    @Test
    void recordsThatAreNotSlaChecksAreRefused() {
        assertThat(SlaChecks.parse("[1,2]")).isNull();
        assertThat(SlaChecks.parse("{\"name\":\"x\",\"slaMs\":\"soon\",\"measuredMs\":1,\"passed\":true}"))
                .isNull();
        assertThat(SlaChecks.parse("{\"name\":\"x\",\"slaMs\":1,\"measuredMs\":1,\"passed\":\"yes\"}"))
                .isNull();
        assertThat(SlaChecks.parse(line("A#b", "ok", "never", 1_000, 1_000, true)))
                .isEqualTo(new SlaEntry("A#b", "ok", "never", 1_000, 1_000, null, true, 3));
    }
}
