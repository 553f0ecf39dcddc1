package dev.cloudtest.junit5.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * Watches an existing SQS queue the application writes to (an output queue, a dead-letter queue) for a test. It
 * <b>consumes</b> what it receives (receive, then delete), so tap only a queue nothing else reads during the
 * test; what it received stays in its journal, so several waits see the same messages. A wait's window counts
 * messages by their {@code SentTimestamp}: messages sent before the tap opened (leftovers of an earlier run) are
 * received and deleted but never match.
 *
 * <pre>{@code
 * try (SqsQueueTap dlq = SqsQueueTap.on(sqs, deadLetterQueueUrl)) {
 *     api.createOrder("poison");
 *     dlq.expectOne("poison order dead-lettered", Duration.ofSeconds(30),
 *             m -> m.json().path("orderId").asText().equals("poison"));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SqsQueueTap extends JournalWaits<ReceivedMessage> implements AutoCloseable {
    private final SqsClient sqs;
    private final String queueUrl;

    private SqsQueueTap(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    /** Taps the queue at {@code queueUrl}; the window starts now. Fails at once when the queue does not exist. */
    public static SqsQueueTap on(SqsClient sqs, String queueUrl) {
        if (queueUrl == null || queueUrl.isBlank()) {
            throw new IllegalArgumentException("No queue to tap: give the queue's URL (e.g. from"
                    + " @StackOutput(\"QueueUrl\") or sqs.getQueueUrl).");
        }
        sqs.getQueueAttributes(r -> r.queueUrl(queueUrl)); // fails now, naming the queue, when it does not exist
        SqsQueueTap tap = new SqsQueueTap(sqs, queueUrl);
        tap.journal.newWindow();
        return tap;
    }

    @Override
    synchronized List<ReceivedMessage> poll(Duration timeLeft) {
        return receiveFrom(sqs, queueUrl, timeLeft, SqsQueueTap::fromQueue);
    }

    /** One long poll cut to the time left (at most 20 s); every message received is deleted and returned. */
    static List<ReceivedMessage> receiveFrom(
            SqsClient sqs,
            String queueUrl,
            Duration timeLeft,
            java.util.function.Function<Message, ReceivedMessage> convert) {
        int wait = (int) Math.max(0, Math.min(20, timeLeft.toSeconds()));
        List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(queueUrl)
                        .maxNumberOfMessages(10)
                        .waitTimeSeconds(wait)
                        .messageSystemAttributeNames(MessageSystemAttributeName.SENT_TIMESTAMP)
                        .messageAttributeNames("All"))
                .messages();
        List<ReceivedMessage> received = new ArrayList<>();
        for (Message message : messages) {
            received.add(convert.apply(message));
            sqs.deleteMessage(r -> r.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
        }
        return received;
    }

    private static ReceivedMessage fromQueue(Message message) {
        Instant now = Instant.now();
        return new ReceivedMessage(
                message.messageId(),
                message.body(),
                attributes(message),
                sentAt(message).orElse(now),
                now,
                com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    }

    static java.util.Optional<Instant> sentAt(Message message) {
        String sent = message.attributes().get(MessageSystemAttributeName.SENT_TIMESTAMP);
        try {
            return sent == null
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(Instant.ofEpochMilli(Long.parseLong(sent)));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static Map<String, String> attributes(Message message) {
        Map<String, String> attributes = new java.util.TreeMap<>();
        message.messageAttributes().forEach((k, v) -> attributes.put(k, v.stringValue()));
        return attributes;
    }

    /** Nothing to delete: the queue is the application's. Waits after closing still read the journal. */
    @Override
    public void close() {}
}
