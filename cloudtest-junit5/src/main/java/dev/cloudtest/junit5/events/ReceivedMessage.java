package dev.cloudtest.junit5.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.cloudtest.junit5.UntrustedJson;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/**
 * A message a tap received: its id (SQS or SNS message id; kept once per id), its body (for an SNS tap with
 * envelope delivery, the {@code Message} of the notification), its attributes, when it was sent (SQS's
 * {@code SentTimestamp}, SNS's {@code Timestamp}) and when the tap received it.
 *
 * @param envelope the SNS notification envelope as JSON; a missing node for SQS and raw SNS delivery
 * @since 0.1.0
 */
public record ReceivedMessage(
        String id, String body, Map<String, String> attributes, Instant sentAt, Instant receivedAt, JsonNode envelope)
        implements Received {
    private static final ObjectMapper JSON = UntrustedJson.mapper();

    /** When it was sent: what places it in a wait's window (a message sent before the tap opened is not seen). */
    @Override
    public Instant at() {
        return sentAt;
    }

    /** The body as JSON; a missing node when it is not JSON. */
    public JsonNode json() {
        return parse(body);
    }

    static JsonNode parse(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node == null ? MissingNode.getInstance() : node;
        } catch (IOException | RuntimeException notJson) {
            return MissingNode.getInstance();
        }
    }

    @Override
    public String toString() {
        return body.length() > 500 ? body.substring(0, 500) + "…" : body;
    }
}
