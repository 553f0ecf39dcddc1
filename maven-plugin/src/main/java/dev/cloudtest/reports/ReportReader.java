package dev.cloudtest.reports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Reads one JUnit-XML report of any common dialect in one streaming pass with bounded memory. A problem with the
 * file (empty, truncated, not JUnit XML, a DOCTYPE) never throws: it comes back as {@link FileReport#problem()}.
 * Thread-safe; one instance may read many files.
 */
public final class ReportReader {
    private final ReadLimits limits;

    public ReportReader() {
        this(ReadLimits.DEFAULT);
    }

    public ReportReader(ReadLimits limits) {
        this.limits = limits;
    }

    public FileReport read(Path file) {
        String shown = file.toString();
        try {
            if (Files.size(file) == 0) {
                return FileReport.unreadable(
                        shown, "the file is empty (0 bytes); a test JVM that crashed or was killed often leaves one");
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                return read(in, shown, fallbackName(file));
            }
        } catch (IOException e) {
            return FileReport.unreadable(shown, "cannot read the file: " + e.getMessage());
        }
    }

    /** Reads a report from raw bytes; {@code fallbackClassName} names tests whose suite has no name. */
    public FileReport read(InputStream bytes, String shownName, String fallbackClassName) {
        XMLStreamReader2 xml = null;
        try {
            xml = HardenedXml.open(bytes);
            return new ReportParse(xml, shownName, fallbackClassName, limits).run();
        } catch (XMLStreamException e) {
            String limit = HardenedXml.limitProblem(e);
            return FileReport.unreadable(
                    shownName,
                    limit != null
                            ? "over a limit, so not counted: " + limit
                            : "not well-formed XML: " + oneLine(e.getMessage()));
        } catch (MarkupLimits.Exceeded e) {
            return FileReport.unreadable(shownName, "over a limit, so not counted: " + e.getMessage());
        } catch (IOException e) {
            return FileReport.unreadable(shownName, "cannot read the file: " + oneLine(e.getMessage()));
        } catch (ReportParse.Rejected e) {
            return FileReport.unreadable(shownName, e.getMessage());
        } catch (RuntimeException e) {
            // Woodstox reports some input errors (e.g. a broken encoding) as unchecked exceptions.
            String limit = HardenedXml.limitProblem(e);
            return FileReport.unreadable(
                    shownName,
                    limit != null
                            ? "over a limit, so not counted: " + limit
                            : "cannot parse: " + oneLine(String.valueOf(e.getMessage())));
        } finally {
            closeQuietly(xml);
        }
    }

    private static String fallbackName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".xml") ? name.substring(0, name.length() - 4) : name;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static void closeQuietly(XMLStreamReader2 xml) {
        if (xml == null) {
            return;
        }
        try {
            xml.closeCompletely();
        } catch (XMLStreamException | RuntimeException e) {
            // Closing after a parse error may fail again; the file's problem is already recorded.
        }
    }
}
