package dev.cloudtest.junit5.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * An event the listener received: the EventBridge envelope as JSON ({@code detail-type}, {@code source},
 * {@code detail}, ...), when it arrived, and its id (events are kept once per id).
 *
 * @since 0.1.0
 */
public record ReceivedEvent(String id, JsonNode event, Instant receivedAt) implements Received {
    /** When the listener received it: what places it in a wait's window. */
    @Override
    public Instant at() {
        return receivedAt;
    }

    /** {@code detail-type}, or empty. */
    public String detailType() {
        return event.path("detail-type").asText("");
    }

    /** {@code source}, or empty. */
    public String source() {
        return event.path("source").asText("");
    }

    /** {@code detail} (a missing node when there is none). */
    public JsonNode detail() {
        return event.path("detail");
    }

    @Override
    public String toString() {
        String text = event.toString();
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }
}
