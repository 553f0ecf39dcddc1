package dev.cloudtest.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudtest.core.Durations;
import dev.cloudtest.core.EnvironmentException;
import dev.cloudtest.core.Reporter;
import dev.cloudtest.core.ResultFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The SLA checks the tests recorded (cloudtest-junit5 writes one JSON object a line to {@code <uuid>.jsonl} files in
 * {@code target/cloudtest/sla}): read with bounded memory, logged as a table (missed ones first, then by smallest
 * margin) and added to {@code test-summary.json} ({@code "sla"}) and {@code test-summary.md}.
 */
public final class SlaChecks {
    static final int MAX_FILES = 1_000;
    static final int MAX_LINE_CHARS = 16_384;
    static final int MAX_ENTRIES = 10_000;
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    private static final int MAX_SHOWN = 200;
    private static final Comparator<SlaEntry> WORST_FIRST = Comparator.comparing(SlaEntry::passed)
            .thenComparing(e -> e.marginMs() == null ? Long.MAX_VALUE : e.marginMs())
            .thenComparing(SlaEntry::name);

    private final Path directory;
    private final List<SlaEntry> entries;
    private final int files;
    private final int unreadableLines;
    private final int unlisted;

    private SlaChecks(Path directory, List<SlaEntry> entries, int files, int unreadableLines, int unlisted) {
        this.directory = directory;
        this.entries = entries;
        this.files = files;
        this.unreadableLines = unreadableLines;
        this.unlisted = unlisted;
    }

    /** Reads every {@code *.jsonl} of the directory; a missing directory means no checks. */
    public static SlaChecks read(Path directory, Reporter reporter) {
        List<SlaEntry> entries = new ArrayList<>();
        int files = 0;
        int[] unreadable = {0};
        int[] unlisted = {0};
        if (Files.isDirectory(directory)) {
            try (DirectoryStream<Path> listing = Files.newDirectoryStream(directory, "*.jsonl")) {
                for (Path file : listing) {
                    if (++files > MAX_FILES) {
                        reporter.warn("More than " + MAX_FILES + " SLA files in " + directory + "; the rest are not"
                                + " read. Run `mvn clean verify` so only this run's files are there.");
                        break;
                    }
                    if (!Files.isRegularFile(file)) {
                        reporter.warn("Skipped " + file + ": not a regular file.");
                    } else if (Files.size(file) > MAX_FILE_BYTES) {
                        reporter.warn("Skipped " + file + ": larger than " + MAX_FILE_BYTES / (1024 * 1024)
                                + " MB, which no test run writes.");
                    } else {
                        readFile(file, entries, unreadable, unlisted, reporter);
                    }
                }
            } catch (IOException e) {
                reporter.warn("Cannot list the SLA files in " + directory + ": " + e.getMessage());
            }
        }
        entries.sort(WORST_FIRST);
        return new SlaChecks(directory, List.copyOf(entries), Math.min(files, MAX_FILES), unreadable[0], unlisted[0]);
    }

    private static void readFile(
            Path file, List<SlaEntry> entries, int[] unreadable, int[] unlisted, Reporter reporter) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder();
            boolean tooLong = false;
            int c;
            while (true) {
                c = in.read();
                if (c == '\n' || c == -1) {
                    if (tooLong) {
                        unreadable[0]++;
                    } else if (!line.toString().isBlank()) {
                        SlaEntry entry = parse(line.toString());
                        if (entry == null) {
                            unreadable[0]++;
                        } else if (entries.size() < MAX_ENTRIES) {
                            entries.add(entry);
                        } else {
                            unlisted[0]++;
                        }
                    }
                    if (c == -1) {
                        return;
                    }
                    line.setLength(0);
                    tooLong = false;
                } else if (line.length() < MAX_LINE_CHARS) {
                    line.append((char) c);
                } else {
                    tooLong = true;
                }
            }
        } catch (IOException e) {
            reporter.warn("Cannot read SLA file " + file + ": " + e.getMessage());
        }
    }

    /** One line, or {@code null} when it is not an SLA record. */
    static SlaEntry parse(String line) {
        try {
            JsonNode node = ResultFiles.json().readTree(line);
            if (!node.isObject()
                    || !node.path("name").isTextual()
                    || !node.path("slaMs").canConvertToLong()
                    || !node.path("measuredMs").canConvertToLong()
                    || !node.path("passed").isBoolean()) {
                return null;
            }
            return SlaEntry.of(
                    BoundedText.cap(node.path("test").asText("unknown test"), 300),
                    BoundedText.cap(node.path("name").asText(), 200),
                    BoundedText.cap(node.path("kind").asText("within"), 20),
                    node.path("slaMs").asLong(),
                    node.path("measuredMs").asLong(),
                    node.path("passed").asBoolean(),
                    node.path("attempts").asInt(0));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    public List<SlaEntry> entries() {
        return entries;
    }

    public long missed() {
        return entries.stream().filter(e -> !e.passed()).count();
    }

    /** The table for the build log; nothing when no check was recorded. */
    public List<String> logLines() {
        if (entries.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("SLA checks: " + entries.size() + ", " + missed() + " missed (from " + files + " file"
                + (files == 1 ? "" : "s") + " in " + directory + "):");
        lines.add(String.format(
                Locale.ROOT,
                "  %-6s  %9s  %9s  %9s  %-30s  %s",
                "result",
                "margin",
                "measured",
                "SLA",
                "name",
                "test"));
        entries.stream()
                .limit(MAX_SHOWN)
                .forEach(e -> lines.add(String.format(
                        Locale.ROOT,
                        "  %-6s  %9s  %9s  %9s  %-30s  %s",
                        e.passed() ? "met" : "MISSED",
                        margin(e),
                        measured(e),
                        duration(e.slaMs()),
                        label(e),
                        e.test())));
        int more = entries.size() - MAX_SHOWN + unlisted;
        if (more > 0) {
            lines.add("  ...and " + more + " more");
        }
        if (unreadableLines > 0) {
            lines.add("  (" + unreadableLines + " line" + (unreadableLines == 1 ? " was" : "s were")
                    + " not SLA records and were skipped)");
        }
        return lines;
    }

    /** The Markdown section for {@code test-summary.md}; empty when no check was recorded. */
    public String markdown() {
        if (entries.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("\n### SLA checks (")
                .append(entries.size())
                .append(", ")
                .append(missed())
                .append(" missed)\n\n| Result | Margin | Measured | SLA | Name | Test |\n")
                .append("| --- | ---: | ---: | ---: | --- | --- |\n");
        entries.stream().limit(MAX_SHOWN).forEach(e -> md.append("| ")
                .append(e.passed() ? "met" : "**missed**")
                .append(" | ")
                .append(margin(e))
                .append(" | ")
                .append(measured(e))
                .append(" | ")
                .append(duration(e.slaMs()))
                .append(" | ")
                .append(cell(label(e)))
                .append(" | `")
                .append(e.test().replace("`", "'").replace("|", "\\|"))
                .append("` |\n"));
        int more = entries.size() - MAX_SHOWN + unlisted;
        if (more > 0) {
            md.append("\n...and ").append(more).append(" more.\n");
        }
        return md.toString();
    }

    /** The {@code "sla"} member of {@code test-summary.json}. */
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("checks", entries.size() + unlisted);
        json.put("missed", missed());
        json.put("files", files);
        json.put("unreadableLines", unreadableLines);
        json.put("entries", entries.stream().limit(MAX_SHOWN).toList());
        return json;
    }

    /**
     * Adds the checks to the summaries {@code cloudtest:verify} wrote in {@code outputDirectory}; does nothing
     * when there are no checks or no summaries (the gate stopped before writing them).
     */
    public void addToSummaries(Path outputDirectory) {
        if (entries.isEmpty()) {
            return;
        }
        Path json = outputDirectory.resolve("test-summary.json");
        Path md = outputDirectory.resolve("test-summary.md");
        try {
            if (Files.isRegularFile(json)) {
                JsonNode summary = ResultFiles.json().readTree(json.toFile());
                if (summary instanceof ObjectNode object) {
                    object.set("sla", ResultFiles.json().valueToTree(json()));
                    ResultFiles.writeJson(outputDirectory, "test-summary.json", object);
                }
            }
            if (Files.isRegularFile(md)) {
                ResultFiles.writeText(
                        outputDirectory, "test-summary.md", Files.readString(md, StandardCharsets.UTF_8) + markdown());
            }
        } catch (IOException e) {
            throw new EnvironmentException("Cannot add the SLA checks to " + json + ": " + e.getMessage(), e);
        }
    }

    /** The name, with the kind when it is not a plain "within" check. */
    private static String label(SlaEntry e) {
        return "within".equals(e.kind()) ? e.name() : e.name() + " [" + e.kind() + "]";
    }

    private static String margin(SlaEntry e) {
        if (e.marginMs() == null) {
            return "-";
        }
        return (e.marginMs() < 0 ? "-" : "+") + duration(Math.abs(e.marginMs()));
    }

    private static String measured(SlaEntry e) {
        return duration(e.measuredMs());
    }

    private static String duration(long millis) {
        return Durations.formatPrecise(Duration.ofMillis(millis));
    }

    private static String cell(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("|", "\\|");
    }
}
