package dev.cloudtest.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes what a goal did to {@code target/cloudtest/}, so users and tests can chain on it. Writes go to a
 * temporary file first and are then moved into place, so a reader never sees half a file.
 */
public final class ResultFiles {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private ResultFiles() {}

    /** The shared, configured JSON mapper (thread-safe once configured). */
    public static ObjectMapper json() {
        return JSON;
    }

    /** Writes {@code value} as pretty JSON to {@code directory/name}. */
    public static Path writeJson(Path directory, String name, Object value) {
        try {
            return writeText(directory, name, JSON.writeValueAsString(value) + "\n");
        } catch (IOException e) {
            throw new EnvironmentException("Cannot serialise " + name + ": " + e.getMessage(), e);
        }
    }

    /** Writes UTF-8 text to {@code directory/name}, atomically where the file system allows. */
    public static Path writeText(Path directory, String name, String text) {
        Path target = directory.resolve(name);
        try {
            Files.createDirectories(directory);
            Path tmp = Files.createTempFile(directory, "." + name, ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return target;
        } catch (IOException e) {
            throw new EnvironmentException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
