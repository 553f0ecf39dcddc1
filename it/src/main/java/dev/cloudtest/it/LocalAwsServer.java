package dev.cloudtest.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;

/** The local AWS endpoint on a loopback port: AWS calls on {@code /}, the control API on {@code /_cloudtest/}. */
public final class LocalAwsServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;

    private LocalAwsServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts serving on {@code port} (0: any free port). */
    public static LocalAwsServer start(int port) throws IOException {
        return start(port, System::currentTimeMillis);
    }

    static LocalAwsServer start(int port, LongSupplier clock) throws IOException {
        LocalAwsState state = new LocalAwsState(clock);
        Faults faults = new Faults();
        CallLog calls = new CallLog();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        List<JsonApi> jsonApis = List.of(new CodePipelineApi(state), new CodeBuildApi(state));
        server.createContext("/", new AwsApiHandler(state, faults, calls, jsonApis, new CloudFormationApi(state)));
        server.createContext("/_cloudtest/", new ControlApi(state, faults, calls));
        ExecutorService executor = Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "local-aws");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.start();
        return new LocalAwsServer(server, executor);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The URL to give the SDK's {@code endpointOverride} and {@link LocalAwsControl#at(String)}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port());
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
