package dev.cloudtest.reports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A Surefire-style corpus for {@link ReportReaderBenchmark}: 2,000 files of 100 test cases each (200,000 in all),
 * about 60 properties per suite, CDATA output on every test case, 1% failures and 1% errors with a 15-line CDATA
 * stack trace, 5% skipped, some non-ASCII names. Deterministic (fixed seed).
 */
final class BenchmarkCorpus {
    static final int FILES = 2_000;
    static final int CASES_PER_FILE = 100;
    private static final String MARKER = "corpus-v1.done";

    private BenchmarkCorpus() {}

    /** Creates the corpus unless a complete one is already there. */
    static void ensure(Path directory) throws IOException {
        if (Files.exists(directory.resolve(MARKER))) {
            return;
        }
        Files.createDirectories(directory);
        Random random = new Random(42);
        for (int f = 0; f < FILES; f++) {
            String className = "com.example.module" + (f % 40) + ".Feature" + f + (f % 7 == 0 ? "Größe" : "") + "IT";
            Path file = directory.resolve("TEST-" + className + ".xml");
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                writeSuite(out, className, random);
            }
        }
        Files.writeString(directory.resolve(MARKER), "ok\n");
    }

    private static void writeSuite(BufferedWriter out, String className, Random random) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite xmlns:xsi=\"http://www.w3.org/2001/"
                + "XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"https://maven.apache.org/surefire/"
                + "maven-surefire-plugin/xsd/surefire-test-report-3.0.xsd\" version=\"3.0\" name=\"" + className
                + "\" time=\"4.2\" tests=\"" + CASES_PER_FILE + "\" errors=\"0\" skipped=\"0\" failures=\"0\">\n");
        out.write("  <properties>\n");
        for (int p = 0; p < 60; p++) {
            out.write("    <property name=\"build.property." + p + "\" value=\"/codebuild/output/src" + p
                    + "/src/github.com/example/shop/target/value-" + p + "\"/>\n");
        }
        out.write("  </properties>\n");
        for (int c = 0; c < CASES_PER_FILE; c++) {
            int roll = random.nextInt(100);
            out.write("  <testcase name=\"scenario" + c + "_handlesTheCase\" classname=\"" + className + "\" time=\"0."
                    + random.nextInt(999) + "\"");
            if (roll < 1) {
                out.write(">\n    <failure message=\"expected: &lt;" + c + "&gt; but was: &lt;" + (c + 1)
                        + "&gt;\" type=\"org.opentest4j.AssertionFailedError\"><![CDATA[");
                stackTrace(
                        out, "org.opentest4j.AssertionFailedError: expected: <" + c + "> but was: <" + (c + 1) + ">");
                out.write("]]></failure>\n");
                output(out, random);
                out.write("  </testcase>\n");
            } else if (roll < 2) {
                out.write(">\n    <error message=\"Connection refused\" type=\"java.net.ConnectException\"><![CDATA[");
                stackTrace(out, "java.net.ConnectException: Connection refused");
                out.write("]]></error>\n");
                output(out, random);
                out.write("  </testcase>\n");
            } else if (roll < 7) {
                out.write(">\n    <skipped message=\"disabled until the queue is migrated\"/>\n  </testcase>\n");
            } else {
                out.write(">\n");
                output(out, random);
                out.write("  </testcase>\n");
            }
        }
        out.write("</testsuite>\n");
    }

    private static void stackTrace(BufferedWriter out, String first) throws IOException {
        out.write(first);
        for (int line = 0; line < 15; line++) {
            out.write("\n\tat com.example.shop.orders.OrderService.step" + line + "(OrderService.java:" + (40 + line)
                    + ")");
        }
    }

    private static void output(BufferedWriter out, Random random) throws IOException {
        out.write("    <system-out><![CDATA[");
        int lines = 2 + random.nextInt(4);
        for (int i = 0; i < lines; i++) {
            out.write("2026-01-05 10:11:12.345 INFO  [main] c.e.shop.OrderService - processed order " + random.nextInt()
                    + " in " + random.nextInt(500) + " ms\n");
        }
        out.write("]]></system-out>\n");
    }
}
