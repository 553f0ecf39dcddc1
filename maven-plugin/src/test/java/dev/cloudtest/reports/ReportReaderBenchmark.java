package dev.cloudtest.reports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Throughput and heap of three ways to read the same corpus ({@link BenchmarkCorpus}), each in its own JVM:
 * the gate's {@link ReportReader}, surefire-report-parser 3.5.2 (fresh parser per file, failing cases kept, as a
 * gate would), and a bare hardened Woodstox pass that only counts {@code <testcase>} start tags.
 *
 * <p>Throughput: one JVM ({@code -Xmx256m}) times the three in turn, 3 warm-up rounds then 7 measured rounds, files
 * in the page cache. The ratios use MB per second of process CPU time (GC and JIT included; median round), which
 * other load on a shared machine disturbs far less than wall time; wall-clock MB/s is shown too. Heap: for each reader
 * in its own JVM, the smallest {@code -Xmx} (from a fixed ladder) at which one full pass completes, and the heap
 * pools' peak (garbage included) over two passes at {@code -Xmx256m}. Run: {@code ./mvnw -B -ntp -pl maven-plugin -am -Pbenchmark -DskipTests verify}.
 */
public final class ReportReaderBenchmark {
    private static final List<String> PARSERS = List.of("bare-stax", "cloudtest", "surefire-report-parser");
    private static final int[] HEAP_LADDER_MB = {8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512};
    private static final int WARMUP = 3;
    private static final int MEASURED = 7;

    private ReportReaderBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--child")) {
            child(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            return;
        }
        Path corpus = Path.of(args[0]);
        BenchmarkCorpus.ensure(corpus);
        List<Path> files = corpusFiles(corpus);
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        say(String.format(
                Locale.ROOT,
                "Corpus: %d files, %.1f MB, %d test cases (%s)",
                files.size(),
                bytes / 1e6,
                (long) BenchmarkCorpus.FILES * BenchmarkCorpus.CASES_PER_FILE,
                corpus));
        say("JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " CPUs");
        String speeds = runChild("all", corpus, 256, WARMUP, MEASURED);
        List<String[]> rows = new ArrayList<>();
        double[] mbps = new double[PARSERS.size()];
        int[] minHeap = new int[PARSERS.size()];
        for (int i = 0; i < PARSERS.size(); i++) {
            String parser = PARSERS.get(i);
            String result = line(speeds, parser);
            mbps[i] = Double.parseDouble(field(result, "cpu"));
            minHeap[i] = smallestHeap(parser, corpus);
            String peak = field(runChild(parser, corpus, 256, 1, 2), "peakMb");
            rows.add(new String[] {
                parser,
                field(result, "cpu"),
                field(result, "best"),
                field(result, "median"),
                peak,
                minHeap[i] < 0 ? ">512" : String.valueOf(minHeap[i]),
                field(result, "tests"),
                field(result, "failing")
            });
        }
        say("");
        say("| reader | MB per CPU-second, median | wall MB/s, best of " + MEASURED
                + " | wall MB/s, median | peak heap used at -Xmx256m, MB |"
                + " smallest -Xmx that completes, MB | tests | failing+errored |");
        say("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        rows.forEach(r -> say("| " + String.join(" | ", r) + " |"));
        say("");
        say(String.format(
                Locale.ROOT,
                "cloudtest vs bare StAX: %.2fx (target >= 0.8); vs surefire-report-parser: %.2fx (target >= 1.5);"
                        + " smallest heap %d MB (target <= 128)",
                mbps[1] / mbps[0],
                mbps[1] / mbps[2],
                minHeap[1]));
    }

    private static int smallestHeap(String parser, Path corpus) throws IOException, InterruptedException {
        for (int mb : HEAP_LADDER_MB) {
            try {
                runChild(parser, corpus, mb, 0, 1);
                return mb;
            } catch (IllegalStateException failed) {
                // too small: next size
            }
        }
        return -1;
    }

    private static String runChild(String parser, Path corpus, int heapMb, int warmup, int measured)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(
                        java.toString(),
                        "-Xmx" + heapMb + "m",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ReportReaderBenchmark.class.getName(),
                        "--child",
                        parser,
                        corpus.toString(),
                        String.valueOf(warmup),
                        String.valueOf(measured))
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (child.waitFor() != 0 || !output.contains("RESULT ")) {
            throw new IllegalStateException(parser + " at -Xmx" + heapMb + "m failed: "
                    + output.lines().limit(3).toList());
        }
        return output.substring(output.indexOf("RESULT "));
    }

    /**
     * Times {@code parser} (or, for {@code all}, every parser in turn, round-robin, so load from other processes
     * hits all alike) and prints one {@code RESULT} line per parser.
     */
    private static void child(String parser, Path corpus, int warmup, int measured) throws Exception {
        List<Path> files = corpusFiles(corpus);
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        List<String> parsers = parser.equals("all") ? PARSERS : List.of(parser);
        long[][] counts = new long[parsers.size()][];
        for (int i = 0; i < warmup; i++) {
            for (int p = 0; p < parsers.size(); p++) {
                counts[p] = pass(parsers.get(p), files);
            }
        }
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        double[][] seconds = new double[parsers.size()][measured];
        double[][] cpuSeconds = new double[parsers.size()][measured];
        for (int i = 0; i < measured; i++) {
            for (int p = 0; p < parsers.size(); p++) {
                long cpu = processCpuNanos();
                long start = System.nanoTime();
                counts[p] = pass(parsers.get(p), files);
                seconds[p][i] = (System.nanoTime() - start) / 1e9;
                cpuSeconds[p][i] = (processCpuNanos() - cpu) / 1e9;
            }
        }
        long peak = ReadOneReport.peakHeapBytes();
        for (int p = 0; p < parsers.size(); p++) {
            Arrays.sort(seconds[p]);
            Arrays.sort(cpuSeconds[p]);
            System.out.println(String.format(
                    Locale.ROOT,
                    "RESULT parser=%s cpu=%.0f best=%.0f median=%.0f peakMb=%d tests=%d failing=%d",
                    parsers.get(p),
                    bytes / 1e6 / cpuSeconds[p][measured / 2],
                    bytes / 1e6 / seconds[p][0],
                    bytes / 1e6 / seconds[p][measured / 2],
                    peak / (1024 * 1024),
                    counts[p][0],
                    counts[p][1]));
        }
    }

    /** CPU time of the whole process (GC and JIT threads included), so allocation-heavy readers pay for it. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String line(String results, String parser) {
        return results.lines()
                .filter(l -> l.contains("parser=" + parser + " "))
                .findFirst()
                .orElseThrow();
    }

    /** One pass over all files: {tests, failing + errored}. */
    private static long[] pass(String parser, List<Path> files) throws Exception {
        return switch (parser) {
            case "cloudtest" -> cloudtest(files);
            case "bare-stax" -> bare(files);
            case "surefire-report-parser" -> surefire(files);
            default -> throw new IllegalArgumentException(parser);
        };
    }

    private static long[] cloudtest(List<Path> files) {
        ReportReader reader = new ReportReader();
        TestSummary.Collector collector = new TestSummary.Collector(ReadLimits.DEFAULT);
        for (Path file : files) {
            collector.add(reader.read(file));
        }
        TestSummary summary = collector.summary();
        if (!summary.unreadable().isEmpty()) {
            throw new IllegalStateException(summary.unreadable().toString());
        }
        TestCounts t = summary.totals();
        return new long[] {t.tests(), t.failures() + t.errors()};
    }

    private static long[] bare(List<Path> files) throws IOException, XMLStreamException {
        long tests = 0;
        for (Path file : files) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                XMLStreamReader2 xml = HardenedXml.open(in);
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT
                            && HardenedXml.localName(xml).equals("testcase")) {
                        tests++;
                    }
                }
                xml.closeCompletely();
            }
        }
        return new long[] {tests, -1};
    }

    private static long[] surefire(List<Path> files) throws Exception {
        long tests = 0;
        List<ReportTestCase> failing = new ArrayList<>();
        for (Path file : files) {
            // A fresh parser per file: one reused across files leaks state (docs/reports.md section 1.4).
            List<ReportTestSuite> suites = new TestSuiteXmlParser(new NullConsoleLogger()).parse(file.toString());
            for (ReportTestSuite suite : suites) {
                tests += suite.getNumberOfTests();
                suite.getTestCases().stream()
                        .filter(c -> !c.isSuccessful() && !c.hasSkipped())
                        .forEach(failing::add);
            }
        }
        return new long[] {tests, failing.size()};
    }

    private static List<Path> corpusFiles(Path corpus) throws IOException {
        try (Stream<Path> listing = Files.list(corpus)) {
            return listing.filter(f -> f.getFileName().toString().endsWith(".xml"))
                    .sorted()
                    .toList();
        }
    }

    private static String field(String result, String name) {
        for (String part : result.strip().split("\\s+")) {
            if (part.startsWith(name + "=")) {
                return part.substring(name.length() + 1);
            }
        }
        throw new IllegalStateException("no " + name + " in " + result);
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
