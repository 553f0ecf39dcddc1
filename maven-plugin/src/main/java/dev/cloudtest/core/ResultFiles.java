package dev.cloudtest.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes what a goal did to the output directory ({@code cloudtest.outputDirectory}, by default
 * {@code target/cloudtest/}), so users and tests can chain on it. Writes go to a
 * temporary file first and are then moved into place, so a reader never sees half a file.
 */
public final class ResultFiles {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private ResultFiles() {}

    /**
     * A result file as a message names it: relative to the working directory when it lies below it (as a user
     * who typed the command finds it), else absolute.
     */
    public static String shown(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path workingDirectory = Path.of("").toAbsolutePath();
        return absolute.startsWith(workingDirectory) && !absolute.equals(workingDirectory)
                ? workingDirectory.relativize(absolute).toString()
                : absolute.toString();
    }

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

    /**
     * Writes UTF-8 text to {@code directory/name}, atomically where the file system allows. A new file gets the
     * usual permissions (umask), a replaced one keeps its own.
     */
    public static Path writeText(Path directory, String name, String text) {
        Path target = directory.resolve(name);
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new EnvironmentException("Cannot write " + target + ": " + directory
                    + " is a file, not a directory. Remove it or write to another directory.");
        }
        if (Files.isDirectory(target)) {
            throw new EnvironmentException(
                    "Cannot write " + target + ": it is a directory. Remove it or write to another file.");
        }
        try {
            Files.createDirectories(directory);
            // Not Files.createTempFile: its files are owner-only (0600), which would end up on the result.
            Path tmp = directory.resolve("." + name + "." + UUID.randomUUID() + ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                keepPermissions(target, tmp);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return target;
        } catch (IOException e) {
            throw new EnvironmentException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static void keepPermissions(Path existing, Path replacement) throws IOException {
        if (Files.isRegularFile(existing) && Files.getFileStore(existing).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(existing));
        }
    }
}
