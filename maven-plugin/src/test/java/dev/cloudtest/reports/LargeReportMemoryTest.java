package dev.cloudtest.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chatty test's report: 500 MB of CDATA {@code <system-out>} and a 50 MB CDATA failure text. The JDK's parser
 * needs more than 2 GB of heap for it (docs/reports.md section 6); the reader must manage in a child JVM with
 * {@code -Xmx256m}.
 */
class LargeReportMemoryTest {
    private static final long SYSTEM_OUT_BYTES = 500L * 1024 * 1024;
    private static final long FAILURE_TEXT_BYTES = 50L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void readsAHalfGigabyteCdataOutputWithA256MegabyteHeap() throws Exception {
        Path report = dir.resolve("TEST-com.example.ChattyIT.xml");
        writeChattyReport(report);
        assertThat(Files.size(report)).isGreaterThan(SYSTEM_OUT_BYTES + FAILURE_TEXT_BYTES);

        List<String> output = runChild(report);

        assertThat(output)
                .contains("problem=null", "tests=2 failures=1 errors=0")
                .contains("detailChars=" + expectedDetailChars());
        long peakMb = output.stream()
                .filter(l -> l.startsWith("peakHeapMb="))
                .mapToLong(l -> Long.parseLong(l.substring("peakHeapMb=".length())))
                .findFirst()
                .orElseThrow();
        // Measured: about 6 MB. The bound leaves room for GC sizing differences, far below the file size.
        assertThat(peakMb).as("peak heap of the child JVM, MB").isLessThan(64);
    }

    /** 4,096 kept characters plus the marker counting the rest. */
    private static int expectedDetailChars() {
        long dropped = FAILURE_TEXT_BYTES - ReadLimits.DEFAULT.detailChars();
        return ReadLimits.DEFAULT.detailChars() + ("\n[" + dropped + " more characters not kept]").length();
    }

    private static void writeChattyReport(Path file) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'y');
        for (int i = 99; i < chunk.length; i += 100) {
            chunk[i] = '\n';
        }
        byte[] failureChunk = new byte[64 * 1024];
        Arrays.fill(failureChunk, (byte) 'z');
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write(ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"com.example.ChattyIT\""
                    + " tests=\"2\" failures=\"1\">\n<testcase classname=\"com.example.ChattyIT\" name=\"talks\">"
                    + "<failure message=\"too chatty\"><![CDATA["));
            repeat(out, failureChunk, FAILURE_TEXT_BYTES);
            out.write(ascii("]]></failure><system-out><![CDATA["));
            repeat(out, chunk, SYSTEM_OUT_BYTES);
            out.write(ascii("]]></system-out></testcase>\n<testcase classname=\"com.example.ChattyIT\" name=\"quiet\"/>"
                    + "\n</testsuite>\n"));
        }
    }

    private static void repeat(OutputStream out, byte[] chunk, long total) throws IOException {
        for (long written = 0; written < total; written += chunk.length) {
            out.write(chunk, 0, (int) Math.min(chunk.length, total - written));
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static List<String> runChild(Path report) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(
                        java.toString(),
                        "-Xmx256m",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ReadOneReport.class.getName(),
                        report.toString())
                .redirectErrorStream(true)
                .start();
        String text = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(100, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(text).isZero();
        return text.lines().toList();
    }
}
