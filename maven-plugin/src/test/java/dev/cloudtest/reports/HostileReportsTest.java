package dev.cloudtest.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Files a hostile or broken test run can leave in target/: each is refused with its reason, nothing fetched. */
class HostileReportsTest {
    private static final String SECRET = "s3cr3t-token-7f1e2d";

    @TempDir
    Path dir;

    @Test
    void externalFileEntityIsRefusedAndTheFileIsNeverRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        Path report = fixture("xxe-file.xml", "SECRET_URL", secret.toUri().toString());

        FileReport result = new ReportReader().read(report);

        assertThat(result.readable()).isFalse();
        assertThat(result.problem()).contains("DOCTYPE").doesNotContain(SECRET);
        assertThat(result.listed()).isEmpty();
    }

    @Test
    @Timeout(10)
    void externalDtdAndHttpEntitiesAreNeverFetched() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = countConnections(listener);
            Path report = fixture("xxe-http.xml", "LISTENER_URL", "http://127.0.0.1:" + listener.getLocalPort());

            FileReport result = new ReportReader().read(report);

            assertThat(result.problem()).contains("DOCTYPE");
            assertThat(connections).hasValue(0);
        }
    }

    @Test
    @Timeout(5)
    void entityBombIsRefusedAtOnce() {
        long start = System.nanoTime();

        FileReport result = Fixtures.read("hostile/billion-laughs.xml");

        assertThat(result.problem()).contains("DOCTYPE");
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(1_000);
    }

    @Test
    void anyDoctypeIsRefused() {
        assertThat(Fixtures.read("hostile/doctype-only.xml").problem())
                .isEqualTo("it has a DOCTYPE declaration; JUnit reports never need one, and cloudtest refuses it so"
                        + " that no entity is expanded and no DTD or external entity is fetched");
    }

    @Test
    void truncatedFileIsNotWellFormed() {
        FileReport result = Fixtures.read("hostile/truncated.xml");

        assertThat(result.problem()).startsWith("not well-formed XML: ").containsIgnoringCase("EOF");
        assertThat(result.counts()).isEqualTo(TestCounts.ZERO);
    }

    @Test
    void emptyFileSaysSo() {
        assertThat(Fixtures.read("hostile/empty.xml").problem()).startsWith("the file is empty (0 bytes)");
    }

    @Test
    void otherXmlIsNotAJunitReport() {
        assertThat(Fixtures.read("hostile/non-junit.xml").problem())
                .isEqualTo("not a JUnit XML report: the root element <suites> contains no <testsuite>, <testsuites>"
                        + " or <testcase>");
        assertThat(Fixtures.read("hostile/failsafe-summary-root.xml").problem())
                .contains("root element <failsafe-summary>");
    }

    private Path fixture(String name, String placeholder, String value) throws IOException {
        String text = Files.readString(Fixtures.report("hostile/" + name)).replace(placeholder, value);
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static AtomicInteger countConnections(ServerSocket listener) {
        AtomicInteger connections = new AtomicInteger();
        Thread acceptor = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket ignored = listener.accept()) {
                    connections.incrementAndGet();
                } catch (SocketException closed) {
                    return;
                } catch (IOException e) {
                    connections.incrementAndGet();
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        return connections;
    }
}
