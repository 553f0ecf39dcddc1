package dev.cloudtest.junit5;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one JSON reader for what the library reads from the outside (messages, trace segments, schemas, seed
 * files): nesting and string sizes bounded, so a hostile document cannot exhaust the test JVM. Internal: not part
 * of the library's API.
 *
 * @since 0.1.0
 */
public final class UntrustedJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        MAPPER.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(200)
                        .maxStringLength(4 << 20)
                        .build());
    }

    private UntrustedJson() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
