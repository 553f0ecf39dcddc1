package dev.cloudtest.reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Failsafe's {@code failsafe-summary.xml}: what Failsafe itself concluded about its run. Its {@code result} is
 * non-zero when the run did not complete (254/255 for a fork that died, "The forked VM terminated without
 * properly saying goodbye"), {@code timeout} when it was stopped, and {@code failureMessage} carries Failsafe's
 * words — all things the report files alone cannot show.
 */
record FailsafeSummary(
        Path file, int result, boolean timeout, int completed, int errors, int failures, String failureMessage) {

    private static final int MAX_MESSAGE = 4_000;

    /**
     * Whether Failsafe says its run did not complete: a timeout, or a failure message (a crashed fork, an error
     * outside the tests). Test failures alone (result 255) and "no tests" (254) are judged from the reports.
     */
    boolean runBroken() {
        return timeout || (failureMessage != null && !failureMessage.isBlank());
    }

    static FailsafeSummary read(Path file) throws IOException {
        int result = 0;
        boolean timeout = false;
        int completed = 0;
        int errors = 0;
        int failures = 0;
        StringBuilder message = null;
        String element = null;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader2 xml = HardenedXml.open(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    element = xml.getLocalName();
                    if (element.equals("failsafe-summary")) {
                        result = number(xml.getAttributeValue(null, "result"));
                        timeout = "true".equalsIgnoreCase(xml.getAttributeValue(null, "timeout"));
                    } else if (element.equals("failureMessage")) {
                        message = new StringBuilder();
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    String text = xml.getText();
                    if ("failureMessage".equals(element) && message != null && message.length() < MAX_MESSAGE) {
                        message.append(text, 0, Math.min(text.length(), MAX_MESSAGE - message.length()));
                    } else if ("completed".equals(element)) {
                        completed = number(text.strip());
                    } else if ("errors".equals(element)) {
                        errors = number(text.strip());
                    } else if ("failures".equals(element)) {
                        failures = number(text.strip());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    element = null;
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException(
                    "not a Failsafe summary ("
                            + e.getMessage().lines().findFirst().orElse("") + ")",
                    e);
        }
        return new FailsafeSummary(
                file,
                result,
                timeout,
                completed,
                errors,
                failures,
                message == null ? null : message.toString().strip());
    }

    private static int number(String text) {
        if (text == null || text.isBlank() || text.strip().equals("null")) {
            return 0; // Failsafe writes result="null" for a run without problems
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
