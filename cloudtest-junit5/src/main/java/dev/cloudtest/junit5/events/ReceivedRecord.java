package dev.cloudtest.junit5.events;

import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A DynamoDB stream record a {@link DynamoDbStreamTap} received.
 *
 * @param id the record's {@code eventID} (kept once per id)
 * @param eventName {@code INSERT}, {@code MODIFY} or {@code REMOVE}
 * @param keys the item's key attributes
 * @param newImage the item after the change (empty for REMOVE, or when the stream does not carry new images)
 * @param oldImage the item before the change (empty for INSERT, or when the stream does not carry old images)
 * @param receivedAt when the tap received it (what places it in a wait's window)
 * @since 0.1.0
 */
public record ReceivedRecord(
        String id,
        String eventName,
        Map<String, AttributeValue> keys,
        Map<String, AttributeValue> newImage,
        Map<String, AttributeValue> oldImage,
        Instant receivedAt)
        implements Received {
    @Override
    public Instant at() {
        return receivedAt;
    }

    /** A string key attribute's value ({@code S}), or null. */
    public String key(String attribute) {
        AttributeValue value = keys.get(attribute);
        return value == null ? null : value.s();
    }

    @Override
    public String toString() {
        String text = eventName + " " + keys + (newImage.isEmpty() ? "" : " new " + newImage);
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }
}
