package dev.cloudtest.junit5.traces;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;

/**
 * The trace header as AWS receives it: real SDK clients call a local endpoint that records each request's
 * {@code X-Amzn-Trace-Id} ("-" when absent).
 */
class TraceHeaderInterceptorTest {
    private HttpServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String header = exchange.getRequestHeaders().getFirst("X-Amzn-Trace-Id");
            received.add(header == null ? "-" : header);
            byte[] body = "{\"QueueUrl\":\"http://127.0.0.1/1/q\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private SqsClientBuilder builder() {
        return SqsClient.builder()
                .endpointOverride(
                        URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")));
    }

    private static void call(SqsClient sqs) {
        sqs.getQueueUrl(r -> r.queueName("q"));
    }

    @Test
    void anActivatedTraceRidesOnEveryCallOfThisThreadThroughAnyClientUntilClosed() {
        TraceId outer = TraceId.create();
        TraceId inner = TraceId.create();
        try (SqsClient plain = builder().build()) { // no interceptor of its own: the global registration applies
            call(plain);
            try (TraceId.Activation active = outer.activate()) {
                call(plain);
                try (TraceId.Activation nested = inner.activate()) {
                    call(plain);
                    assertThat(TraceHeaderInterceptor.active()).contains(inner);
                }
                call(plain);
                assertThat(active.traceId()).isEqualTo(outer);
            }
            call(plain);
        }

        assertThat(received).containsExactly("-", outer.header(), inner.header(), outer.header(), "-");
        assertThat(outer.header()).isEqualTo("Root=" + outer.root() + ";Sampled=1");
        assertThat(TraceHeaderInterceptor.active()).isEmpty();
    }

    @Test
    void anotherThreadDoesNotInheritTheTraceButAClientWithItsOwnInterceptorAlwaysCarriesIt() throws Exception {
        TraceId id = TraceId.create();
        var executor = Executors.newSingleThreadExecutor();
        try (SqsClient plain = builder().build();
                SqsClient fixed = builder()
                        .overrideConfiguration(o -> o.addExecutionInterceptor(new TraceHeaderInterceptor(id)))
                        .build();
                TraceId.Activation ignored = TraceId.create().activate()) {
            executor.submit(() -> call(plain)).get();
            executor.submit(() -> call(fixed)).get();
        } finally {
            executor.shutdownNow();
        }

        assertThat(received).containsExactly("-", id.header());
    }
}
