package dev.cloudtest.reports;

import dev.cloudtest.core.UserFixableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.PatternSyntaxException;

/**
 * Finds report files: under each existing directory, files whose path relative to it matches an include glob
 * ({@code TEST-*.xml}, {@code **}{@code /junit*.xml}; a leading {@code **}{@code /} also matches at the top),
 * minus files that are never JUnit reports ({@code failsafe-summary*.xml}, {@code testng-*.xml}, {@code *.txt}).
 * Missing directories are skipped. The walk goes {@value #MAX_DEPTH} directory levels deep; deeper directories
 * are not searched and are named in {@link Found#notSearched()} so the caller can say so.
 */
public final class ReportFileFinder {
    /** Directory levels searched under each reports directory. */
    public static final int MAX_DEPTH = 64;

    private static final List<PathMatcher> EXCLUDED =
            List.of(glob("failsafe-summary*.xml"), glob("testng-*.xml"), glob("*.txt"));

    private ReportFileFinder() {}

    /** The report files (sorted, without duplicates) and the directories too deep to search. */
    public record Found(List<Path> files, List<Path> notSearched) {}

    /** Sorted, without duplicates. */
    public static List<Path> find(List<Path> directories, List<String> includes) {
        return search(directories, includes).files();
    }

    /** The report files, and the directories {@value #MAX_DEPTH} levels down that were not searched. */
    public static Found search(List<Path> directories, List<String> includes) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String include : includes) {
            String pattern = include.strip().replace('\\', '/');
            if (pattern.isEmpty()) {
                continue;
            }
            try {
                matchers.add(glob(pattern));
                if (pattern.startsWith("**/")) {
                    matchers.add(glob(pattern.substring(3)));
                }
            } catch (PatternSyntaxException e) {
                // No cause: Maven would print the JDK's multi-line pattern text again under this message.
                throw new UserFixableException("cloudtest.reportFiles: '" + include.strip() + "' is not a valid glob ("
                        + e.getDescription() + " at index " + e.getIndex()
                        + "). Use globs such as TEST-*.xml or"
                        + " **/junit*.xml; escape a literal [ { * ? as \\[ \\{ \\* \\?.");
            }
        }
        TreeSet<Path> found = new TreeSet<>();
        TreeSet<Path> notSearched = new TreeSet<>();
        for (Path directory : directories) {
            if (Files.isDirectory(directory)) {
                walk(directory.toAbsolutePath().normalize(), matchers, found, notSearched);
            }
        }
        return new Found(List.copyOf(found), List.copyOf(notSearched));
    }

    private static void walk(Path directory, List<PathMatcher> includes, Set<Path> found, Set<Path> notSearched) {
        try {
            Files.walkFileTree(directory, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isDirectory()) {
                        notSearched.add(file); // a directory at the depth limit
                    } else if (attributes.isRegularFile()
                            && includes.stream().anyMatch(m -> m.matches(directory.relativize(file)))
                            && EXCLUDED.stream().noneMatch(m -> m.matches(file.getFileName()))) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list report files in " + directory + ": " + e.getMessage(), e);
        }
    }

    private static PathMatcher glob(String pattern) {
        return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    }
}
