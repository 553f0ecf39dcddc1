package dev.cloudtest.junit5;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Appends SLA checks to {@code <dir>/<uuid>.jsonl}, one JSON object a line, one file per test JVM (so parallel
 * forks never write to the same file). The directory is the system property {@value #DIRECTORY_PROPERTY}, by
 * default {@code target/cloudtest/sla} under the working directory (the module's directory under Maven Surefire
 * and Failsafe), which is where {@code cloudtest:verify} looks.
 *
 * <p>A line: {@code {"test":"OrdersIT#confirms","name":"order confirmed","kind":"within","slaMs":5000,
 * "measuredMs":812,"passed":true,"attempts":4,"at":"2026-12-03T10:00:00Z"}}.
 *
 * <p>A file that cannot be written never fails a test: one warning is logged and the checks are not recorded.
 *
 * @since 0.1.0
 */
public final class SlaFile implements SlaRecorder {
    /** The system property naming the directory of the SLA files. */
    public static final String DIRECTORY_PROPERTY = "cloudtest.sla.dir";
    /** The default directory, relative to the working directory. */
    public static final String DEFAULT_DIRECTORY = "target/cloudtest/sla";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SlaFile SHARED = new SlaFile(defaultDirectory().resolve(UUID.randomUUID() + ".jsonl"));

    private final Path file;
    private boolean warned;

    public SlaFile(Path file) {
        this.file = file;
    }

    /** The file of this JVM. */
    public static SlaFile shared() {
        return SHARED;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void record(SlaRecord record) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(
                    file,
                    line(record) + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            if (!warned) {
                warned = true;
                LogReporter.INSTANCE.warn("Cannot record SLA checks in " + file + " (" + e
                        + "); cloudtest:verify will not show them. Set the system property " + DIRECTORY_PROPERTY
                        + " to a writable directory.");
            }
        }
    }

    static String line(SlaRecord r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("test", r.test());
        json.put("name", r.name());
        json.put("kind", r.kind());
        json.put("slaMs", r.sla().toMillis());
        json.put("measuredMs", r.measured().toMillis());
        json.put("passed", r.passed());
        json.put("attempts", r.attempts());
        json.put("at", r.at().toString());
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an SLA record as JSON: " + e.getMessage(), e);
        }
    }

    static Path defaultDirectory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.trim());
        }
        return Path.of(System.getProperty("user.dir"), DEFAULT_DIRECTORY);
    }
}
