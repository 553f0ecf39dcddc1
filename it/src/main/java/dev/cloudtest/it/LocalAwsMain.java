package dev.cloudtest.it;

import java.io.IOException;
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
        try (LocalAwsServer server = LocalAwsServer.start(port)) {
            System.out.println("Local AWS endpoint listening on " + server.endpoint());
            TimeUnit.MINUTES.sleep(lifetimeMinutes);
        }
    }
}
