package dev.cloudtest.junit5.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageRequest;
import software.amazon.awssdk.services.sqs.model.SqsException;

/**
 * Watches an existing SQS queue the application writes to (an output queue, a dead-letter queue) for a test;
 * what it received stays in its journal, so several waits see the same messages. A wait's window counts messages
 * by their {@code SentTimestamp}: messages sent before the tap opened (leftovers of an earlier run) never match.
 * Two ways to read:
 *
 * <ul>
 *   <li>{@link #on}: <b>consumes</b> what it receives (receive, then delete) — for a queue nothing else reads
 *       during the test; leftovers are drained along the way.
 *   <li>{@link #peeking}: receives with a visibility timeout of 0 and deletes nothing, so the application's own
 *       consumer still gets every message. Every receive counts towards the queue's {@code maxReceiveCount}, so
 *       a queue with a redrive policy is refused (peeking could move the application's messages to its
 *       dead-letter queue). SQS returns at most 10 messages a look: on a queue holding many messages nobody
 *       consumes, a new one may take several looks to show (a FIFO queue shows the head of each group only).
 * </ul>
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
    private final boolean peeking;

    private SqsQueueTap(SqsClient sqs, String queueUrl, boolean peeking) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.peeking = peeking;
    }

    /**
     * Taps the queue at {@code queueUrl}, consuming what it receives; the window starts now. Fails at once when
     * the queue does not exist.
     */
    public static SqsQueueTap on(SqsClient sqs, String queueUrl) {
        attributes(sqs, queueUrl);
        return opened(new SqsQueueTap(sqs, queueUrl, false));
    }

    /**
     * Taps the queue at {@code queueUrl} without taking messages from its consumer; the window starts now. Fails
     * at once when the queue does not exist or has a redrive policy.
     */
    public static SqsQueueTap peeking(SqsClient sqs, String queueUrl) {
        String redrive = attributes(sqs, queueUrl).get(QueueAttributeName.REDRIVE_POLICY);
        if (redrive != null && !redrive.isBlank()) {
            throw new IllegalArgumentException("Cannot peek at " + queueUrl + ": it has a redrive policy ("
                    + redrive + "), and every look counts towards its maxReceiveCount, so peeking could move the"
                    + " application's messages to the dead-letter queue. Tap the dead-letter queue, the topic or"
                    + " the rule upstream instead, or SqsQueueTap.on (it consumes) if nothing else reads the"
                    + " queue during the test.");
        }
        return opened(new SqsQueueTap(sqs, queueUrl, true));
    }

    private static Map<QueueAttributeName, String> attributes(SqsClient sqs, String queueUrl) {
        if (queueUrl == null || queueUrl.isBlank()) {
            throw new IllegalArgumentException("No queue to tap: give the queue's URL (e.g. from"
                    + " @StackOutput(\"QueueUrl\") or sqs.getQueueUrl).");
        }
        try {
            return sqs.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(QueueAttributeName.REDRIVE_POLICY))
                    .attributes();
        } catch (SqsException e) {
            if (!isMissingQueue(e)) {
                throw e;
            }
            throw new IllegalArgumentException("No queue " + queueUrl + " to tap here: check the URL (a stack output"
                    + " of the stack under test?) and that the client's region and endpoint are the queue's.");
        }
    }

    /** AWS answers QueueDoesNotExist (JSON protocol) or AWS.SimpleQueueService.NonExistentQueue (query protocol). */
    private static boolean isMissingQueue(SqsException e) {
        String code = e.awsErrorDetails() == null
                ? ""
                : String.valueOf(e.awsErrorDetails().errorCode());
        return e instanceof QueueDoesNotExistException
                || code.contains("NonExistentQueue")
                || code.contains("QueueDoesNotExist");
    }

    private static SqsQueueTap opened(SqsQueueTap tap) {
        tap.journal.newWindow();
        return tap;
    }

    @Override
    synchronized List<ReceivedMessage> poll(Duration timeLeft) {
        return peeking
                ? receive(sqs, queueUrl, timeLeft, SqsQueueTap::fromQueue, request -> request.visibilityTimeout(0))
                        .stream()
                        .map(received -> received.converted)
                        .toList()
                : receiveFrom(sqs, queueUrl, timeLeft, SqsQueueTap::fromQueue);
    }

    /** One long poll cut to the time left (at most 20 s); every message received is deleted and returned. */
    static List<ReceivedMessage> receiveFrom(
            SqsClient sqs,
            String queueUrl,
            Duration timeLeft,
            java.util.function.Function<Message, ReceivedMessage> convert) {
        List<Received> received = receive(sqs, queueUrl, timeLeft, convert, request -> {});
        for (Received one : received) {
            sqs.deleteMessage(r -> r.queueUrl(queueUrl).receiptHandle(one.message.receiptHandle()));
        }
        return received.stream().map(one -> one.converted).toList();
    }

    private record Received(Message message, ReceivedMessage converted) {}

    private static List<Received> receive(
            SqsClient sqs,
            String queueUrl,
            Duration timeLeft,
            java.util.function.Function<Message, ReceivedMessage> convert,
            java.util.function.Consumer<ReceiveMessageRequest.Builder> more) {
        int wait = (int) Math.max(0, Math.min(20, timeLeft.toSeconds()));
        List<Message> messages = sqs.receiveMessage(r -> more.accept(r.queueUrl(queueUrl)
                        .maxNumberOfMessages(10)
                        .waitTimeSeconds(wait)
                        .messageSystemAttributeNames(MessageSystemAttributeName.SENT_TIMESTAMP)
                        .messageAttributeNames("All")))
                .messages();
        List<Received> received = new ArrayList<>();
        for (Message message : messages) {
            received.add(new Received(message, convert.apply(message)));
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
