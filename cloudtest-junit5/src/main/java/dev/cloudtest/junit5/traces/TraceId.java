package dev.cloudtest.junit5.traces;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/**
 * An X-Ray trace id a test chooses, so it can find the trace of what it caused: {@code 1-<8 hex epoch>-<24 hex>}.
 *
 * @param root the trace id ({@code Root=} of the header)
 * @since 0.1.0
 */
public record TraceId(String root) {
    private static final SecureRandom RANDOM = new SecureRandom();

    public TraceId {
        if (root == null || !root.matches("1-[0-9a-f]{8}-[0-9a-f]{24}")) {
            throw new IllegalArgumentException("'" + root + "' is not an X-Ray trace id (1-<8 hex>-<24 hex>)");
        }
    }

    /** A new trace id, stamped now. */
    public static TraceId create() {
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        return new TraceId("1-" + String.format("%08x", Instant.now().getEpochSecond()) + "-"
                + HexFormat.of().formatHex(random));
    }

    /**
     * Until the returned activation is closed, every synchronous AWS SDK v2 call made on this thread carries this
     * trace's header, through any client: {@code try (var traced = id.activate()) { sqs.sendMessage(...); }}.
     * Activations nest; closing one restores the trace that was active before it. Calls from other threads are not
     * covered: give their clients a {@link TraceHeaderInterceptor} of their own.
     */
    public Activation activate() {
        return TraceHeaderInterceptor.activate(this);
    }

    /** An active trace; {@link #close()} ends it on the thread that activated it. */
    public static final class Activation implements AutoCloseable {
        private final TraceId traceId;
        private final Runnable restore;
        private boolean closed;

        Activation(TraceId traceId, Runnable restore) {
            this.traceId = traceId;
            this.restore = restore;
        }

        public TraceId traceId() {
            return traceId;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                restore.run();
            }
        }
    }

    /** The sampled {@code X-Amzn-Trace-Id} header value; also what Step Functions' {@code traceHeader} takes. */
    public String header() {
        return "Root=" + root + ";Sampled=1";
    }
}
