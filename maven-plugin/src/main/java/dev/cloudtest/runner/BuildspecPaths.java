package dev.cloudtest.runner;

import dev.cloudtest.core.EnvironmentException;
import dev.cloudtest.core.UserFixableException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * Resolves the globs of {@code reports.*.files}, {@code artifacts.files} and {@code cache.paths} the way CodeBuild
 * documents them: relative to a base directory, {@code **}{@code /*} for everything below it (the top level
 * included), {@code dir/*}, {@code dir/**}{@code /*}. Symbolic links are not followed, so a link cannot pull files
 * from outside the tree into an artifact.
 */
final class BuildspecPaths {
    /** Deeper trees are cut here, with a warning naming the directory (see {@link Match#cutAt}). */
    static final int MAX_DEPTH = 64;

    private BuildspecPaths() {}

    /** The files found, sorted, and the directories where the depth limit cut the walk. */
    record Match(List<Path> files, List<Path> cutAt) {}

    /** Files under {@code base} whose path relative to it matches a glob and no exclude glob. */
    static Match find(Path base, List<String> globs, List<String> excludes, String where) {
        List<PathMatcher> includes = matchers(globs, where);
        List<PathMatcher> excluded = matchers(excludes, where);
        TreeSet<Path> found = new TreeSet<>();
        List<Path> cut = new ArrayList<>();
        if (!Files.isDirectory(base)) {
            return new Match(List.of(), List.of());
        }
        try (Stream<Path> walk = Files.walk(base, MAX_DEPTH)) {
            walk.forEach(path -> {
                Path relative = base.relativize(path);
                if (Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    if (matchesAny(includes, relative) && !matchesAny(excluded, relative)) {
                        found.add(path);
                    }
                } else if (relative.getNameCount() == MAX_DEPTH && Files.isDirectory(path)) {
                    cut.add(path);
                }
            });
        } catch (IOException e) {
            throw new EnvironmentException("Cannot list " + base + " (" + where + "): " + e.getMessage(), e);
        }
        return new Match(List.copyOf(found), List.copyOf(cut));
    }

    private static boolean matchesAny(List<PathMatcher> matchers, Path relative) {
        return matchers.stream().anyMatch(m -> m.matches(relative));
    }

    private static List<PathMatcher> matchers(List<String> globs, String where) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String glob : globs) {
            String pattern = glob.strip().replace('\\', '/');
            while (pattern.startsWith("./")) {
                pattern = pattern.substring(2);
            }
            if (pattern.isEmpty()) {
                continue;
            }
            try {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
                // CodeBuild's '**/' also matches at the top level ('**/*' is "everything").
                if (pattern.startsWith("**/")) {
                    matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(3)));
                }
            } catch (PatternSyntaxException e) {
                throw new UserFixableException(where + ": '" + glob + "' is not a valid glob (" + e.getDescription()
                        + "). Use the forms CodeBuild documents: a file, dir/*, dir/**/*, **/*.");
            }
        }
        return matchers;
    }
}
