package dev.cloudtest.examples.lab;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The lab web application: a registration form at {@code /register} that, once submitted, redirects to the
 * {@code /dashboard} listing the registered users. Runs on the JDK's own HTTP server.
 */
public final class LabApplication implements AutoCloseable {
    static final int MAX_FORM_BYTES = 16 * 1024;

    private final HttpServer server;
    private final ExecutorService executor;
    private final UserRegistry registry = new UserRegistry();

    private LabApplication(HttpServer server) {
        this.server = server;
        this.executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    /** Starts the application on {@code host:port}; port 0 picks a free port. */
    public static LabApplication start(String host, int port) throws IOException {
        LabApplication application = new LabApplication(HttpServer.create(new InetSocketAddress(host, port), 0));
        application.server.start();
        return application;
    }

    /** Where the application answers, e.g. {@code http://127.0.0.1:8080}. */
    public URI baseUrl() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getHostString() + ":" + address.getPort());
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** Runs the application until the process is stopped. Port: first argument, else {@code PORT}, else 8080. */
    public static void main(String[] args) throws IOException {
        String port = args.length > 0 ? args[0] : System.getenv().getOrDefault("PORT", "8080");
        LabApplication application = start("0.0.0.0", Integer.parseInt(port));
        System.out.println("Lab application listening on port "
                + application.server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            switch (path) {
                case "/" -> redirect(exchange, "/register");
                case "/health" -> respond(exchange, 200, "text/plain", "ok\n");
                case "/register" -> {
                    if (method.equals("POST")) {
                        register(exchange);
                    } else {
                        respond(exchange, 200, "text/html", Pages.registrationForm(null));
                    }
                }
                case "/dashboard" -> respond(exchange, 200, "text/html", Pages.dashboard(registry.users()));
                default -> respond(exchange, 404, "text/plain", "Not found: " + path + "\n");
            }
        }
    }

    private void register(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_FORM_BYTES + 1);
        }
        if (body.length > MAX_FORM_BYTES) {
            respond(exchange, 413, "text/plain", "The form is too large.\n");
            return;
        }
        FormData form = FormData.parse(new String(body, StandardCharsets.UTF_8));
        var problem = registry.register(form.get("name"), form.get("email"));
        if (problem.isPresent()) {
            respond(exchange, 400, "text/html", Pages.registrationForm(problem.get()));
        } else {
            // Post/Redirect/Get: a reload of the dashboard never submits the form twice.
            redirect(exchange, "/dashboard");
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(303, -1);
    }

    private static void respond(HttpExchange exchange, int status, String type, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
