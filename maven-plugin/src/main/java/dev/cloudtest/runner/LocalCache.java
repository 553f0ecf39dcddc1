package dev.cloudtest.runner;

import dev.cloudtest.core.EnvironmentException;
import dev.cloudtest.core.Reporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code cache.paths} saved to and restored from a local folder, like CodeBuild's cache between builds, so a
 * second run shows what the cache saves. Restoring never overwrites a file that exists (the user's own Maven
 * repository stays as it is); saving adds what is new. Files are hard-linked where the file system allows it.
 */
final class LocalCache {
    /** What restore and save did, for the result file. */
    record Summary(int restoredFiles, long restoredBytes, int savedFiles, long savedBytes) {}

    private final Path cacheDirectory;
    private final Path sourceDirectory;
    private final Reporter reporter;
    private int restoredFiles;
    private long restoredBytes;

    LocalCache(Path cacheDirectory, Path sourceDirectory, Reporter reporter) {
        this.cacheDirectory = cacheDirectory;
        this.sourceDirectory = sourceDirectory;
        this.reporter = reporter;
    }

    void restore(List<String> paths) {
        for (String path : paths) {
            Root root = root(path);
            Path saved = cacheDirectory.resolve(key(path));
            if (!Files.isDirectory(saved)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(saved)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    Path target =
                            root.directory().resolve(saved.relativize(file).toString());
                    if (!Files.exists(target)) {
                        restoredBytes += link(file, target);
                        restoredFiles++;
                    }
                }
            } catch (IOException e) {
                throw new EnvironmentException("Cannot restore the cache from " + saved + ": " + e.getMessage(), e);
            }
        }
        reporter.info("Cache: restored " + restoredFiles + " file(s), " + (restoredBytes / 1024) + " KiB from "
                + cacheDirectory);
    }

    Summary save(List<String> paths) {
        int savedFiles = 0;
        long savedBytes = 0;
        for (String path : paths) {
            Root root = root(path);
            Path saved = cacheDirectory.resolve(key(path));
            BuildspecPaths.Match match =
                    BuildspecPaths.find(root.directory(), List.of(root.glob()), List.of(), "cache.paths");
            for (Path file : match.files()) {
                Path target = saved.resolve(root.directory().relativize(file).toString());
                if (!Files.exists(target)) {
                    savedBytes += link(file, target);
                    savedFiles++;
                }
            }
        }
        reporter.info(
                "Cache: saved " + savedFiles + " new file(s), " + (savedBytes / 1024) + " KiB to " + cacheDirectory);
        return new Summary(restoredFiles, restoredBytes, savedFiles, savedBytes);
    }

    /** A cache path split into the directory before its first glob character and the glob below it. */
    private record Root(Path directory, String glob) {}

    private Root root(String path) {
        String p = path.strip();
        if (p.startsWith("~/")) {
            p = System.getProperty("user.home") + p.substring(1);
        }
        int firstGlob = p.length();
        for (char c : new char[] {'*', '?', '[', '{'}) {
            int i = p.indexOf(c);
            if (i >= 0) {
                firstGlob = Math.min(firstGlob, i);
            }
        }
        int slash = p.lastIndexOf('/', firstGlob);
        String dir = slash < 0 ? "" : p.substring(0, slash);
        String glob = firstGlob == p.length() ? "**/*" : p.substring(slash + 1);
        Path directory =
                dir.isEmpty() ? sourceDirectory : sourceDirectory.resolve(dir).normalize();
        return new Root(directory, glob);
    }

    private static String key(String path) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(path.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long link(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            try {
                Files.createLink(to, from);
            } catch (UnsupportedOperationException | IOException notLinkable) {
                if (notLinkable instanceof FileAlreadyExistsException) {
                    return 0;
                }
                Files.copy(from, to);
            }
            return Files.size(to);
        } catch (IOException e) {
            throw new EnvironmentException("Cannot copy " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }
}
