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

    /** The sampled {@code X-Amzn-Trace-Id} header value; also what Step Functions' {@code traceHeader} takes. */
    public String header() {
        return "Root=" + root + ";Sampled=1";
    }
}
