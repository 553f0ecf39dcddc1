package dev.cloudtest.reports;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * One pass over one report. Counts every {@code <testcase>} not nested in another one, by its direct children:
 * {@code <error>}, else {@code <failure>}, else {@code <skipped>}, else passed; {@code <flakyFailure>} or
 * {@code <flakyError>} on a passed test makes it flaky; {@code <rerunFailure>}/{@code <rerunError>} are
 * informational. A {@code <testsuite>}'s own {@code <error>} or {@code <failure>} counts as one errored test.
 * Suite attributes are only compared with what the elements show.
 */
final class ReportParse {
    private static final int MAX_MISMATCHES = 20;

    /** The file is well-formed but must not or cannot be read as a report. */
    static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Rejected(String message) {
            super(message);
        }
    }

    /** An open {@code <testsuite>} or {@code <testsuites>}: what it declares and what was counted inside. */
    private static final class Suite {
        final int depth;
        final String name;
        final String element;
        final int[] declared;
        final Tally counted = new Tally();

        Suite(int depth, String name, String element, int[] declared) {
            this.depth = depth;
            this.name = name;
            this.element = element;
            this.declared = declared;
        }
    }

    /** Mutable counts for the pass; becomes a {@link TestCounts} at the end. */
    private static final class Tally {
        int tests;
        int failures;
        int errors;
        int skipped;
        int flaky;
        int suiteErrors;
        int rerunTests;
        double seconds;

        void add(Tally other) {
            tests += other.tests;
            failures += other.failures;
            errors += other.errors;
            skipped += other.skipped;
            flaky += other.flaky;
            suiteErrors += other.suiteErrors;
            rerunTests += other.rerunTests;
            seconds += other.seconds;
        }
    }

    private final XMLStreamReader2 xml;
    private final String file;
    private final String fallbackClassName;
    private final ReadLimits limits;
    private final Deque<Suite> suites = new ArrayDeque<>();
    private final Tally outside = new Tally();
    private final List<FailingTest> listed = new ArrayList<>();
    private final List<String> mismatches = new ArrayList<>();
    private int unlisted;
    private int depth;
    private String rootElement;
    private boolean sawJunitElement;

    ReportParse(XMLStreamReader2 xml, String file, String fallbackClassName, ReadLimits limits) {
        this.xml = xml;
        this.file = file;
        this.fallbackClassName = fallbackClassName;
        this.limits = limits;
    }

    FileReport run() throws XMLStreamException, IOException {
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.DTD -> throw new Rejected("it has a DOCTYPE declaration; JUnit reports never"
                        + " need one, and cloudtest refuses it so that no entity is expanded and no DTD or external"
                        + " entity is fetched");
                case XMLStreamConstants.START_ELEMENT -> startElement();
                case XMLStreamConstants.END_ELEMENT -> endElement();
                default -> {
                    // text between elements, comments, processing instructions: nothing to count
                }
            }
        }
        if (!sawJunitElement) {
            throw new Rejected("not a JUnit XML report: the root element <" + rootElement
                    + "> contains no <testsuite>, <testsuites> or <testcase>");
        }
        Tally total = outside;
        return new FileReport(
                file,
                new TestCounts(
                        total.tests + total.suiteErrors,
                        total.failures,
                        total.errors + total.suiteErrors,
                        total.skipped,
                        total.flaky,
                        total.seconds),
                listed,
                unlisted,
                mismatches,
                null);
    }

    private void startElement() throws XMLStreamException, IOException {
        depth++;
        String element = HardenedXml.localName(xml);
        if (rootElement == null) {
            rootElement = element;
        }
        switch (element) {
            case "testsuite", "testsuites" -> {
                sawJunitElement = true;
                suites.push(new Suite(depth, attribute("name"), element, declaredCounts()));
            }
            case "testcase" -> {
                sawJunitElement = true;
                readTestCase();
            }
            case "error", "failure" -> {
                if (!suites.isEmpty() && suites.peek().depth == depth - 1) {
                    readSuiteError();
                }
            }
            case "system-out", "system-err", "properties" -> skipElement();
            default -> {
                // descend: unknown wrappers may hold suites
            }
        }
    }

    private void endElement() {
        Suite top = suites.peek();
        if (top != null && top.depth == depth) {
            suites.pop();
            compareDeclared(top);
            tally().add(top.counted);
        }
        depth--;
    }

    /** Reads a {@code <testcase>} through its end tag; the reader is on its start tag. */
    private void readTestCase() throws XMLStreamException, IOException {
        String name = null;
        String className = null;
        String time = null;
        // One pass over the attributes: a test case is the hot path of a large report.
        for (int i = 0, count = xml.getAttributeCount(); i < count; i++) {
            switch (xml.getAttributeLocalName(i)) {
                case "name" -> name = xml.getAttributeValue(i);
                case "classname" -> className = xml.getAttributeValue(i);
                case "time" -> time = xml.getAttributeValue(i);
                default -> {
                    // file, line, status, assertions...: not needed
                }
            }
        }
        double seconds = LenientNumbers.seconds(time);
        Problem error = null;
        Problem failure = null;
        Problem flake = null;
        boolean skipped = false;
        boolean rerun = false;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (HardenedXml.localName(xml)) {
                case "error" -> error = error == null ? readProblem() : skipChild(error);
                case "failure" -> failure = failure == null ? readProblem() : skipChild(failure);
                case "flakyFailure", "flakyError" -> flake = flake == null ? readProblem() : skipChild(flake);
                case "skipped" -> {
                    skipped = true;
                    xml.skipElement();
                }
                case "rerunFailure", "rerunError" -> {
                    rerun = true;
                    xml.skipElement();
                }
                default -> xml.skipElement(); // system-out/err, properties, nested testcase
            }
        }
        depth--;
        Tally tally = tally();
        tally.tests++;
        tally.seconds += seconds;
        if (rerun || flake != null) {
            tally.rerunTests++;
        }
        FailedTest shown = null;
        FailingTest.Kind kind = null;
        if (error != null) {
            tally.errors++;
            kind = FailingTest.Kind.ERROR;
            shown = error.as(className(className), name(name));
        } else if (failure != null) {
            tally.failures++;
            kind = FailingTest.Kind.FAILURE;
            shown = failure.as(className(className), name(name));
        } else if (skipped) {
            tally.skipped++;
        } else if (flake != null) {
            tally.flaky++;
            kind = FailingTest.Kind.FLAKY;
            shown = flake.as(className(className), name(name));
        }
        if (shown != null) {
            list(kind, shown);
        }
    }

    private void readSuiteError() throws XMLStreamException, IOException {
        Problem problem = readProblem();
        depth--;
        tally().suiteErrors++;
        String suiteName = suites.peek().name;
        list(FailingTest.Kind.ERROR, problem.as(suiteName != null ? cap(suiteName) : fallbackClassName, "(suite)"));
    }

    /** Reads an error/failure/flaky element: message (or type) and its text, bounded; skips nested output. */
    private Problem readProblem() throws XMLStreamException, IOException {
        String message = attribute("message");
        if (message == null || message.isBlank()) {
            message = attribute("type");
        }
        BoundedText text = new BoundedText(limits.detailChars());
        int level = 0;
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> xml.getText(
                        text, false);
                case XMLStreamConstants.START_ELEMENT -> {
                    String child = HardenedXml.localName(xml);
                    if (child.equals("system-out") || child.equals("system-err")) {
                        xml.skipElement();
                    } else {
                        level++;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (level-- == 0) {
                        return new Problem(BoundedText.cap(message, limits.messageChars()), text.text());
                    }
                }
                default -> {
                    // comments and processing instructions inside the failure text
                }
            }
        }
    }

    /** Skips a repeated child of a test case, keeping the first one's text. */
    private Problem skipChild(Problem first) throws XMLStreamException {
        xml.skipElement();
        return first;
    }

    private void skipElement() throws XMLStreamException, IOException {
        xml.skipElement();
        depth--;
    }

    private void list(FailingTest.Kind kind, FailedTest test) {
        if (listed.size() < limits.listedTests()) {
            listed.add(new FailingTest(kind, file, test));
        } else {
            unlisted++;
        }
    }

    private Tally tally() {
        return suites.isEmpty() ? outside : suites.peek().counted;
    }

    private String className(String declared) {
        if (declared != null && !declared.isBlank()) {
            return cap(declared);
        }
        for (Suite suite : suites) {
            if (suite.name != null && !suite.name.isBlank() && suite.element.equals("testsuite")) {
                return cap(suite.name);
            }
        }
        return fallbackClassName;
    }

    private String name(String declared) {
        return declared == null || declared.isBlank() ? "(unnamed)" : cap(declared);
    }

    private String cap(String value) {
        return BoundedText.cap(value, limits.messageChars());
    }

    private String attribute(String name) {
        return xml.getAttributeValue(null, name);
    }

    private int[] declaredCounts() {
        return new int[] {
            LenientNumbers.count(attribute("tests")),
            LenientNumbers.count(attribute("failures")),
            LenientNumbers.count(attribute("errors")),
            LenientNumbers.count(attribute("skipped"))
        };
    }

    private void compareDeclared(Suite suite) {
        Tally c = suite.counted;
        if (c.rerunTests > 0) {
            // Surefire/Failsafe up to 3.5.4 write the counts of a rerun, not of the tests: nothing to learn.
            return;
        }
        int[] counted = {c.tests, c.failures, c.errors + c.suiteErrors, c.skipped};
        String[] names = {"tests", "failures", "errors", "skipped"};
        StringBuilder declared = new StringBuilder();
        StringBuilder found = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            // Producers differ on whether a suite-level error is a test; either reading agrees.
            boolean agrees =
                    suite.declared[i] == counted[i] || (i == 0 && suite.declared[i] == c.tests + c.suiteErrors);
            if (suite.declared[i] >= 0 && !agrees) {
                declared.append(declared.isEmpty() ? "" : ", ")
                        .append(names[i])
                        .append('=')
                        .append(suite.declared[i]);
                found.append(found.isEmpty() ? "" : ", ")
                        .append(names[i])
                        .append('=')
                        .append(counted[i]);
            }
        }
        if (!declared.isEmpty() && mismatches.size() < MAX_MISMATCHES) {
            String label = suite.name == null ? "<" + suite.element + ">" : "'" + cap(suite.name) + "'";
            mismatches.add(file + ": suite " + label + " declares " + declared + " but its <testcase> elements show "
                    + found + " (cloudtest counts the elements)");
        }
    }

    /** What an error/failure/flaky element said. */
    private record Problem(String message, String detail) {
        FailedTest as(String className, String name) {
            return new FailedTest(className, name, message, detail);
        }
    }
}
