package dev.cloudtest.testlib;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * dynalite 4.0.0 (npm, Apache-2.0): a single-threaded DynamoDB whose conditional writes are atomic, so a race
 * test that passes on it means something (moto's DynamoDB writes without a lock). Installed on first use with
 * {@code npm install dynalite@4.0.0} into {@code ~/.cache/cloudtest/dynalite-4.0.0} (or
 * {@code CLOUDTEST_DYNALITE_HOME}), started in memory on a free loopback port.
 */
public final class Dynalite implements AutoCloseable {
    public static final String VERSION = "4.0.0";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final URI endpoint;

    private Dynalite(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    public static Dynalite start() {
        Path home = installed();
        return FreePorts.startOnAFreePort(port -> start(home, port));
    }

    private static Dynalite start(Path home, int port) {
        Path log;
        Process process;
        try {
            log = Files.createTempFile("dynalite-" + port + "-", ".log");
            process = new ProcessBuilder(List.of(
                            "node",
                            home.resolve("node_modules/dynalite/cli.js").toString(),
                            "--port",
                            Integer.toString(port),
                            "--host",
                            "127.0.0.1"))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start dynalite with node: " + e.getMessage(), e);
        }
        Dynalite dynalite = new Dynalite(process, URI.create("http://127.0.0.1:" + port));
        Runtime.getRuntime().addShutdownHook(new Thread(dynalite::close));
        dynalite.awaitListening(port, log);
        return dynalite;
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** The npm install, done once per machine; npm reaches the registry (the only network a test needs here). */
    private static synchronized Path installed() {
        String configured = System.getenv("CLOUDTEST_DYNALITE_HOME");
        Path home = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "cloudtest", "dynalite-" + VERSION);
        if (Files.isRegularFile(home.resolve("node_modules/dynalite/cli.js"))) {
            return home;
        }
        try {
            Files.createDirectories(home);
            Process npm = new ProcessBuilder(
                            "npm",
                            "install",
                            "--no-audit",
                            "--no-fund",
                            "--prefix",
                            home.toString(),
                            "dynalite@" + VERSION)
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("npm-install.log").toFile())
                    .start();
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                throw new IllegalStateException("npm install dynalite@" + VERSION + " failed; see "
                        + home.resolve("npm-install.log") + " (needs node and npm, and the npm registry)");
            }
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Cannot run npm to install dynalite (install Node.js 18+ with npm): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while installing dynalite", e);
        }
        return home;
    }

    private void awaitListening(int port, Path log) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                String output = readQuietly(log);
                String message = "dynalite exited with code " + process.exitValue() + ": " + output;
                if (output.contains("EADDRINUSE")) {
                    throw new FreePorts.PortTaken(message);
                }
                throw new IllegalStateException(message);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for dynalite", e);
                }
            }
        }
        close();
        throw new IllegalStateException("dynalite did not listen within " + START_TIMEOUT.toSeconds() + " s");
    }

    private static String readQuietly(Path log) {
        try {
            String text = Files.readString(log);
            return text.length() > 2_000 ? text.substring(text.length() - 2_000) : text;
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
