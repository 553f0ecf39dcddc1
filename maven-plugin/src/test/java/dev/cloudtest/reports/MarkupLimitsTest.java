package dev.cloudtest.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

/**
 * The name and tag limits read markup only: long runs in CDATA, comments, text and attribute values (even after a
 * '<' there) are not names, so real reports are never refused; the limits themselves are exact.
 */
class MarkupLimitsTest {
    private static final String LONG_RUN = "A".repeat(MarkupLimits.MAX_NAME_BYTES * 4);

    private static FileReport read(String xml, String charset) {
        return new ReportReader().read(new ByteArrayInputStream(xml.getBytes(Charset.forName(charset))), "r.xml", "R");
    }

    private static String suite(String insideTestcase) {
        return "<?xml version=\"1.0\"?>\n<testsuite name=\"s\"><testcase name=\"t\" classname=\"c\">" + insideTestcase
                + "</testcase></testsuite>";
    }

    @Test
    void longRunsOutsideNamesAreRead() {
        String xml = suite("<failure message=\"" + LONG_RUN + "\">at List&lt;String>" + LONG_RUN + "</failure>"
                + "<system-out><![CDATA[x <" + LONG_RUN + " ]> ]]]]></system-out>"
                + "<!-- <" + LONG_RUN + " -> -->");
        FileReport report = read(xml, "UTF-8");
        assertThat(report.problem()).isNull();
        assertThat(report.counts().failures()).isEqualTo(1);
    }

    @Test
    void aUtf16ReportIsRead() {
        FileReport report = read(
                "<?xml version=\"1.0\" encoding=\"UTF-16\"?>"
                        + suite("<skipped/>").substring(22),
                "UTF-16");
        assertThat(report.problem()).isNull();
        assertThat(report.counts().skipped()).isEqualTo(1);
    }

    @Test
    void aNameAtTheLimitIsReadAndOneByteMoreIsNot() {
        String atLimit = "n".repeat(MarkupLimits.MAX_NAME_BYTES);
        assertThat(read(suite("<" + atLimit + "/>"), "UTF-8").problem()).isNull();
        assertThat(read(suite("<" + atLimit + "n/>"), "UTF-8").problem())
                .isEqualTo("over a limit, so not counted: an element, attribute or entity name is longer than 16384"
                        + " bytes, cloudtest's limit for a report");
    }

    @Test
    void anEntityNameInTextIsBounded() {
        assertThat(read(suite("<failure>&" + LONG_RUN + ";</failure>"), "UTF-8").problem())
                .contains("entity name is longer than 16384 bytes");
    }
}
