package dev.cloudtest.aws;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A loopback HTTP server answering AWS calls with canned bodies, by operation ({@code X-Amz-Target} suffix or
 * the awsQuery {@code Action}), in order; so adapters are tested through the real SDK.
 */
final class CannedAwsServer implements AutoCloseable {
    record Answer(int status, String contentType, String body) {}

    record Call(String operation, String body) {}

    private final HttpServer server;
    private AwsClients clients;
    private final Map<String, Deque<Answer>> answers = new HashMap<>();
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());

    CannedAwsServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
        // The SDK's default credential chain reads these system properties first.
        System.setProperty("aws.accessKeyId", "AKIAIOSFODNN7EXAMPLE");
        System.setProperty("aws.secretAccessKey", "canned-secret");
    }

    AwsClients clients() {
        return AwsClients.open(AwsSettings.of(
                "us-east-1", null, "http://127.0.0.1:" + server.getAddress().getPort()));
    }

    /** Clients that give up after {@code maxAttempts}, so tests of answers the SDK retries stay fast. */
    AwsClients clients(int maxAttempts) {
        AwsSettings settings = AwsSettings.of(
                "us-east-1", null, "http://127.0.0.1:" + server.getAddress().getPort());
        return AwsClients.open(
                new AwsSettings(settings.region(), settings.profile(), settings.endpoint(), maxAttempts));
    }

    CannedAwsServer json(String operation, int status, String body) {
        return add(operation, new Answer(status, "application/x-amz-json-1.1", body));
    }

    CannedAwsServer xml(String operation, int status, String body) {
        return add(operation, new Answer(status, "text/xml", body));
    }

    CannedAwsServer html(String operation, int status, String body) {
        return add(operation, new Answer(status, "text/html; charset=utf-8", body));
    }

    List<Call> calls() {
        return calls;
    }

    private CannedAwsServer add(String operation, Answer answer) {
        answers.computeIfAbsent(operation, k -> new ArrayDeque<>()).add(answer);
        return this;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        String operation = target != null ? target.substring(target.indexOf('.') + 1) : formParam(body, "Action");
        calls.add(new Call(operation, target != null ? body : URLDecoder.decode(body, StandardCharsets.UTF_8)));
        Deque<Answer> queue = answers.get(operation);
        Answer answer = queue == null || queue.isEmpty()
                ? new Answer(500, "text/plain", "no canned answer for " + operation)
                : queue.size() > 1 ? queue.poll() : queue.peek();
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        exchange.getResponseHeaders().add("x-amzn-RequestId", "canned");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String formParam(String body, String name) {
        for (String pair : body.split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    @Override
    public synchronized void close() {
        if (clients != null) {
            clients.close();
        }
        server.stop(0);
    }
}
