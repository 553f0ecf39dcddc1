package dev.cloudtest.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Starts the local AWS endpoint on loopback. It stops by itself after {@code --max-lifetime-minutes}, so a
 * build that dies never leaves it running for long.
 */
public final class LocalAwsMain {
    private LocalAwsMain() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        int port = 0;
        long lifetimeMinutes = 60;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--max-lifetime-minutes" -> lifetimeMinutes = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.createContext("/_control/health", exchange -> {
            byte[] body = "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        TimeUnit.MINUTES.sleep(lifetimeMinutes);
        server.stop(0);
    }
}
