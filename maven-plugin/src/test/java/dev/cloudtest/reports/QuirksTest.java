package dev.cloudtest.reports;

import static dev.cloudtest.reports.DialectsTest.assertCounts;
import static dev.cloudtest.reports.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cloudtest.reports.FailingTest.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The producer quirks of docs/reports.md sections 1.4, 4 and 7. */
class QuirksTest {

    @Test
    void timesAndCountsAreReadLeniently() {
        FileReport report = read("quirks/lenient-times.xml");

        assertCounts(report, 5, 0, 0, 0, 0);
        // 1,000.5 + "" (0) + -3 (0) + N/A (0) + 2e-1
        assertThat(report.counts().timeSeconds()).isCloseTo(1000.7, Offset.offset(1e-9));
        // tests="N/A", failures="" and errors="-1" are not numbers to compare.
        assertThat(report.attributeMismatches()).isEmpty();
    }

    @Test
    void missingNamesFallBackToTheFileName() {
        FileReport report = read("quirks/no-names.xml");

        assertCounts(report, 2, 2, 0, 0, 0);
        assertThat(report.listed())
                .extracting(f -> f.test().className(), f -> f.test().name())
                .containsExactly(tuple("no-names", "withoutClass"), tuple("no-names", "(unnamed)"));
    }

    @Test
    void missingClassnameTakesTheNearestSuiteName() {
        FileReport report = read("quirks/suite-name-only.xml");

        assertCounts(report, 1, 0, 1, 0, 0);
        assertThat(report.listed().get(0).test().displayName()).isEqualTo("inner.Suite.onlyName");
    }

    @Test
    void anErrorOfANestedSuiteIsNotLost() {
        FileReport report = read("quirks/nested-suite-error.xml");

        // two test cases plus the suite-level error of "second"
        assertCounts(report, 3, 0, 1, 0, 0);
        assertThat(report.listed())
                .singleElement()
                .extracting(f -> f.test().displayName(), f -> f.test().message())
                .containsExactly("second.(suite)", "setup failed: port 8080 in use");
        assertThat(report.attributeMismatches()).isEmpty();
    }

    @Test
    void aSuiteThatDeclaresFailuresButHasNoTestCasesOnlyWarns() {
        FileReport report = read("quirks/cases-declared-but-absent.xml");

        assertCounts(report, 0, 0, 0, 0, 0);
        assertThat(report.attributeMismatches())
                .singleElement(InstanceOfAssertFactories.STRING)
                .contains("'summary-only'", "declares tests=1, failures=1", "show tests=0, failures=0");
    }

    @Test
    void errorBeatsFailureBeatsSkipped() {
        FileReport report = read("quirks/skipped-and-failure.xml");

        assertCounts(report, 3, 1, 1, 1, 0);
        assertThat(report.listed())
                .extracting(
                        FailingTest::kind, f -> f.test().name(), f -> f.test().message())
                .containsExactly(
                        tuple(Kind.FAILURE, "skippedThenFailed", "failed anyway"),
                        tuple(Kind.ERROR, "failedAndErrored", "second"));
    }

    @Test
    void prefixedElementsAreMatchedByLocalName() {
        assertCounts(read("quirks/namespaced.xml"), 2, 1, 0, 0, 0);
    }

    @Test
    void testCasesUnderAnyWrapperCountOnceAndNestedTestCasesNot() {
        FileReport report = read("quirks/wrapped-and-bare-cases.xml");

        assertCounts(report, 2, 0, 0, 0, 0);
    }

    @Test
    void predefinedEntitiesAndCharacterReferencesAreDecoded() {
        FailedTest test = read("quirks/entities.xml").listed().get(0).test();

        assertThat(test.message()).isEqualTo("<a> & \"b\" AB");
        assertThat(test.detail()).isEqualTo("text & more");
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        FileReport report = readBytes(concat(bom, oneFailure("UTF-8", "Größe ✓").getBytes(StandardCharsets.UTF_8)));

        assertCounts(report, 1, 1, 0, 0, 0);
        assertThat(report.listed().get(0).test().name()).isEqualTo("Größe ✓");
    }

    @Test
    void utf16WithByteOrderMarkIsAccepted() {
        FileReport report = readBytes(oneFailure("UTF-16", "Größe").getBytes(StandardCharsets.UTF_16));

        assertCounts(report, 1, 1, 0, 0, 0);
        assertThat(report.listed().get(0).test().name()).isEqualTo("Größe");
    }

    @Test
    void iso88591EncodingDeclarationIsHonoured() {
        byte[] latin1 = oneFailure("ISO-8859-1", "Größe").getBytes(Charset.forName("ISO-8859-1"));

        FileReport report = readBytes(latin1);

        assertCounts(report, 1, 1, 0, 0, 0);
        assertThat(report.listed().get(0).test().name()).isEqualTo("Größe");
        assertThat(report.listed().get(0).test().message()).isEqualTo("Maß");
    }

    @Test
    void longTextIsCappedAndOutputIsNeverKept() {
        String longText = "x".repeat(50_000);
        String xml = "<testsuite name='s'><testcase classname='c' name='n'><failure message='" + "m".repeat(10_000)
                + "'><![CDATA[" + longText + "]]><system-out>secret output</system-out></failure></testcase>"
                + "</testsuite>";
        ReadLimits limits = new ReadLimits(100, 1_000, 10);

        FileReport report =
                new ReportReader(limits).read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "f", "f");

        FailedTest test = report.listed().get(0).test();
        assertThat(test.message()).startsWith("m".repeat(100)).endsWith("[9900 more characters not kept]");
        assertThat(test.detail())
                .startsWith("x".repeat(1_000))
                .endsWith("[49000 more characters not kept]")
                .doesNotContain("secret output");
    }

    @Test
    void onlyTheFirstFailingTestsOfAFileAreListedTheRestCounted() {
        StringBuilder xml = new StringBuilder("<testsuite name='many'>");
        for (int i = 0; i < 25; i++) {
            xml.append("<testcase classname='c' name='t").append(i).append("'><failure message='no'/></testcase>");
        }
        xml.append("</testsuite>");

        FileReport report = new ReportReader(new ReadLimits(100, 100, 10))
                .read(new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)), "f", "f");

        assertCounts(report, 25, 25, 0, 0, 0);
        assertThat(report.listed()).hasSize(10);
        assertThat(report.unlisted()).isEqualTo(15);
    }

    private static String oneFailure(String encoding, String name) {
        return "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>\n<testsuite name=\"enc\" tests=\"1\">"
                + "<testcase classname=\"enc\" name=\"" + name + "\"><failure message=\"Maß\"/></testcase></testsuite>";
    }

    private static FileReport readBytes(byte[] bytes) {
        return new ReportReader().read(new ByteArrayInputStream(bytes), "encoded.xml", "encoded");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
