package dev.cloudtest.testlib;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real moto server (the independent AWS emulator users run too) on a free loopback port, for tests.
 *
 * <p>Started with {@code python3 -m moto.server}; if moto is missing the error says how to install it
 * ({@code python3 -m pip install "moto[server]"}). The process dies with {@link #close()} and, as a last resort,
 * with this JVM. {@link #main} runs one in the foreground for builds that start it beside other processes
 * (exec-maven-plugin, async).
 */
public final class MotoServer implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final URI endpoint;
    private final Path log;

    private MotoServer(Process process, URI endpoint, Path log) {
        this.process = process;
        this.endpoint = endpoint;
        this.log = log;
    }

    /** Starts moto on a free loopback port and waits until it answers. */
    public static MotoServer start() {
        return FreePorts.startOnAFreePort(port -> start(port));
    }

    /** Starts moto on the given loopback port and waits until it answers. */
    public static MotoServer start(int port) {
        Path log;
        Process process;
        try {
            log = Files.createTempFile("moto-" + port + "-", ".log");
            process = new ProcessBuilder(
                            List.of(python(), "-m", "moto.server", "-H", "127.0.0.1", "-p", Integer.toString(port)))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start python3 for moto: " + e.getMessage() + INSTALL_HINT, e);
        }
        MotoServer server = new MotoServer(process, URI.create("http://127.0.0.1:" + port), log);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        server.awaitReady();
        return server;
    }

    private static final String INSTALL_HINT = " (install moto with: python3 -m pip install \"moto[server]\")";

    /** The endpoint to give the SDK ({@code endpointOverride}) or {@code AWS_ENDPOINT_URL}. */
    public URI endpoint() {
        return endpoint;
    }

    /** Forgets every resource moto holds ({@code POST /moto-api/reset}). */
    public void reset() {
        post("/moto-api/reset");
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                String tail = tail();
                String message = "moto exited with code " + process.exitValue() + ": " + tail;
                if (tail.contains("Address already in use")) {
                    throw new FreePorts.PortTaken(message);
                }
                throw new IllegalStateException(message + INSTALL_HINT);
            }
            try {
                HttpURLConnection c = open("/moto-api/");
                c.setRequestMethod("GET");
                if (c.getResponseCode() < 500) {
                    c.disconnect();
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            sleep(200);
        }
        close();
        throw new IllegalStateException("moto did not answer within " + START_TIMEOUT.toSeconds() + " s: " + tail());
    }

    private void post(String path) {
        try {
            HttpURLConnection c = open(path);
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.getOutputStream().close();
            int status = c.getResponseCode();
            c.disconnect();
            if (status >= 300) {
                throw new IllegalStateException("moto answered HTTP " + status + " to POST " + path);
            }
        } catch (IOException e) {
            throw new IllegalStateException("moto did not answer POST " + path + ": " + e.getMessage(), e);
        }
    }

    private HttpURLConnection open(String path) throws IOException {
        HttpURLConnection c = (HttpURLConnection) endpoint.resolve(path).toURL().openConnection();
        c.setConnectTimeout(2_000);
        c.setReadTimeout(10_000);
        return c;
    }

    private String tail() {
        try {
            String text = Files.readString(log);
            return text.length() > 2_000 ? text.substring(text.length() - 2_000) : text;
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static String python() {
        String configured = System.getenv("CLOUDTEST_PYTHON");
        return configured == null || configured.isBlank() ? "python3" : configured;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for moto", e);
        }
    }

    /**
     * Runs moto in the foreground until this JVM is stopped or {@code --max-lifetime-minutes} pass: {@code --port
     * P [--max-lifetime-minutes M]}.
     */
    public static void main(String[] args) throws InterruptedException {
        int port = 0;
        long lifetimeMinutes = 80;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--max-lifetime-minutes" -> lifetimeMinutes = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        try (MotoServer server = port == 0 ? start() : start(port)) {
            System.out.println("moto listening on " + server.endpoint());
            server.process.waitFor(lifetimeMinutes, TimeUnit.MINUTES);
        }
    }
}
