package dev.cloudtest.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds report files: under each existing directory, files whose path relative to it matches an include glob
 * ({@code TEST-*.xml}, {@code **}{@code /junit*.xml}; a leading {@code **}{@code /} also matches at the top),
 * minus files that are never JUnit reports ({@code failsafe-summary*.xml}, {@code testng-*.xml}, {@code *.txt}).
 * Missing directories are skipped.
 */
public final class ReportFileFinder {
    private static final int MAX_DEPTH = 32;
    private static final List<PathMatcher> EXCLUDED =
            List.of(glob("failsafe-summary*.xml"), glob("testng-*.xml"), glob("*.txt"));

    private ReportFileFinder() {}

    /** Sorted, without duplicates. */
    public static List<Path> find(List<Path> directories, List<String> includes) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String include : includes) {
            String pattern = include.strip().replace('\\', '/');
            if (pattern.isEmpty()) {
                continue;
            }
            matchers.add(glob(pattern));
            if (pattern.startsWith("**/")) {
                matchers.add(glob(pattern.substring(3)));
            }
        }
        TreeSet<Path> found = new TreeSet<>();
        for (Path directory : directories) {
            if (Files.isDirectory(directory)) {
                found.addAll(matching(directory.toAbsolutePath().normalize(), matchers));
            }
        }
        return List.copyOf(found);
    }

    private static List<Path> matching(Path directory, List<PathMatcher> includes) {
        try (Stream<Path> files = Files.walk(directory, MAX_DEPTH)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> includes.stream().anyMatch(m -> m.matches(directory.relativize(f))))
                    .filter(f -> EXCLUDED.stream().noneMatch(m -> m.matches(f.getFileName())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list report files in " + directory + ": " + e.getMessage(), e);
        }
    }

    private static PathMatcher glob(String pattern) {
        return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    }
}
