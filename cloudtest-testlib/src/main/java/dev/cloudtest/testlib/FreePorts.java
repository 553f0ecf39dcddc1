package dev.cloudtest.testlib;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.function.IntFunction;

/**
 * Starting a server process on a free loopback port. A port found free here can be taken by another process before
 * the server binds it (the CI machine runs many servers at once), so a server that reports its port taken is
 * started again on another one.
 */
final class FreePorts {
    private static final int ATTEMPTS = 3;

    private FreePorts() {}

    /** The server's start found its port taken by another process. */
    static final class PortTaken extends IllegalStateException {
        PortTaken(String message) {
            super(message);
        }
    }

    /** Starts {@code server} on a free port, again on another one when it throws {@link PortTaken}. */
    static <T> T startOnAFreePort(IntFunction<T> server) {
        for (int attempt = 1; ; attempt++) {
            try {
                return server.apply(freePort());
            } catch (PortTaken e) {
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException(e.getMessage() + " (" + ATTEMPTS + " ports tried)", e);
                }
            }
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free loopback port: " + e.getMessage(), e);
        }
    }
}
