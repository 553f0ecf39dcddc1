package dev.cloudtest.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A temporary tree a goal runs in: {@code project/} (the base directory, with the default output directory
 * {@code project/target/cloudtest}) and {@code outside/} (a place no goal may write to). Each {@link Goal#run()}
 * first records the state (type, inode, mode, size, time, content hash) of every path in the tree and of every
 * {@link #watch watched} path outside it, so the assertions can tell what the run created, changed or removed.
 */
final class Sandbox {
    private static final long HASHED_UP_TO = 4L << 20;

    private final Path root;
    private final Set<Path> watched = new LinkedHashSet<>();
    private Map<Path, String> before = Map.of();

    private Sandbox(Path root) {
        this.root = root;
    }

    /** A sandbox in a fresh directory, e.g. JUnit's {@code @TempDir}. */
    static Sandbox in(Path directory) {
        Sandbox sandbox = new Sandbox(directory.toAbsolutePath());
        try {
            Files.createDirectories(sandbox.project());
            Files.createDirectories(sandbox.outside());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sandbox;
    }

    Path project() {
        return root.resolve("project");
    }

    /** The goals' default {@code cloudtest.outputDirectory}. */
    Path output() {
        return project().resolve("target/cloudtest");
    }

    Path outside() {
        return root.resolve("outside");
    }

    /** Writes {@code content} (UTF-8) to {@code relative} under the project directory; returns the file. */
    Path file(String relative, String content) {
        return file(relative, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    Path file(String relative, byte[] content) {
        try {
            Path file = project().resolve(relative);
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A named pipe at {@code relative} under the project directory (nothing ever writes to it). */
    Path fifo(String relative) {
        Path fifo = project().resolve(relative);
        run("mkfifo", fifo.toString());
        return fifo;
    }

    /** A symbolic link at {@code relative} under the project directory pointing to {@code target}. */
    Path symlink(String relative, Path target) {
        try {
            Path link = project().resolve(relative);
            Files.createDirectories(link.getParent());
            return Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records {@code path} (e.g. {@code /dev/null}) with the tree, so {@link #assertUntouched} can check it. */
    Sandbox watch(Path path) {
        watched.add(path.toAbsolutePath());
        return this;
    }

    /** Records the current state; {@link Goal#run()} calls it before executing. */
    void checkpoint() {
        before = state();
    }

    /** Every path created, changed or removed since the checkpoint lies under one of {@code allowed}. */
    void assertWroteOnlyUnder(Path... allowed) {
        List<Path> offending = new ArrayList<>();
        for (Path path : changed()) {
            if (Stream.of(allowed).noneMatch(a -> path.startsWith(a.toAbsolutePath()))) {
                offending.add(path);
            }
        }
        assertThat(offending).as("paths written outside %s", List.of(allowed)).isEmpty();
    }

    /** Nothing was written anywhere in the sandbox (nor to a watched path). */
    void assertNothingWritten() {
        assertThat(changed()).as("paths written").isEmpty();
    }

    /** Each path is exactly as at the checkpoint: same type, inode, mode, size, time and content. */
    void assertUntouched(Path... paths) {
        Map<Path, String> now = state();
        for (Path path : paths) {
            Path absolute = path.toAbsolutePath();
            assertThat(now.get(absolute)).as("%s", absolute).isEqualTo(before.get(absolute));
        }
    }

    private Set<Path> changed() {
        Map<Path, String> now = state();
        Set<Path> changed = new LinkedHashSet<>();
        Set<Path> all = new LinkedHashSet<>(before.keySet());
        all.addAll(now.keySet());
        for (Path path : all) {
            if (!Objects.equals(before.get(path), now.get(path))
                    && !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                changed.add(path);
            }
        }
        return changed;
    }

    private Map<Path, String> state() {
        Map<Path, String> state = new HashMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            paths.forEach(p -> state.put(p, describe(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        watched.forEach(p -> state.put(p, describe(p)));
        return state;
    }

    private static String describe(Path path) {
        try {
            Map<String, Object> unix =
                    Files.readAttributes(path, "unix:ino,mode,size,lastModifiedTime", LinkOption.NOFOLLOW_LINKS);
            String description = unix.toString();
            if (Files.isSymbolicLink(path)) {
                description += " -> " + Files.readSymbolicLink(path);
            } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) && Files.size(path) <= HASHED_UP_TO) {
                description += " sha256=" + sha256(path);
            }
            return description;
        } catch (IOException e) {
            return "absent";
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
