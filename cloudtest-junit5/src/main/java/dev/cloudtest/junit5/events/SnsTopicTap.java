package dev.cloudtest.junit5.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Listens to an existing SNS topic for a test: a temporary SQS queue (whose policy admits only that topic) gets a
 * temporary subscription, with the filter policy asked for and raw or envelope delivery. Ready when {@link #on}
 * returns: the subscription is confirmed (SQS subscriptions in the same account need no confirmation message).
 * No probe is published: the topic's other subscribers — your application — would receive it.
 *
 * <pre>{@code
 * try (SnsTopicTap alerts = SnsTopicTap.on(sns, sqs, alertsTopicArn)) {
 *     api.createOrder("o-1");
 *     alerts.expectOne("order alert", Duration.ofSeconds(5), m -> m.body().contains("o-1"));
 * }
 * }</pre>
 *
 * Messages are kept in a journal like the other listeners'; the queue is tagged like every harness resource and
 * {@link #close()} deletes the subscription and the queue (also when setup fails half-way).
 *
 * @since 0.1.0
 */
public final class SnsTopicTap extends JournalWaits<ReceivedMessage> implements AutoCloseable {
    private final SnsClient sns;
    private final SqsClient sqs;
    private final String topicArn;
    private final boolean raw;
    private final String harnessId = UUID.randomUUID().toString().substring(0, 12);
    private String queueUrl;
    private String subscriptionArn;
    private HarnessHeartbeat heartbeat;

    private SnsTopicTap(SnsClient sns, SqsClient sqs, String topicArn, boolean raw) {
        this.sns = sns;
        this.sqs = sqs;
        this.topicArn = topicArn;
        this.raw = raw;
    }

    /** Taps every message published to {@code topicArn}, with envelope delivery. */
    public static SnsTopicTap on(SnsClient sns, SqsClient sqs, String topicArn) {
        return on(sns, sqs, topicArn, null, false);
    }

    /**
     * Taps the messages of {@code topicArn} that pass {@code filterPolicy} (SNS filter policy JSON on message
     * attributes, or null for all).
     *
     * @param raw raw message delivery: the body is the published message and there is no envelope (message
     *     attributes are then SQS message attributes); otherwise the body is the envelope's {@code Message}
     */
    public static SnsTopicTap on(SnsClient sns, SqsClient sqs, String topicArn, String filterPolicy, boolean raw) {
        if (topicArn == null || !topicArn.startsWith("arn:")) {
            throw new IllegalArgumentException("'" + topicArn + "' is not a topic ARN: give the topic's ARN"
                    + " (e.g. @StackOutput(\"TopicArn\"), or @PhysicalId of the AWS::SNS::Topic, which is its ARN).");
        }
        if (filterPolicy != null && !ReceivedMessage.parse(filterPolicy).isObject()) {
            throw new IllegalArgumentException("The filter policy is not a JSON object: " + filterPolicy);
        }
        try {
            sns.getTopicAttributes(r -> r.topicArn(topicArn)); // before anything is made
        } catch (software.amazon.awssdk.services.sns.model.NotFoundException e) {
            throw new IllegalArgumentException("No topic " + topicArn + " to tap here: check the ARN (a stack output"
                    + " of the stack under test?) and that the client's region and endpoint are the topic's.");
        }
        SnsTopicTap tap = new SnsTopicTap(sns, sqs, topicArn, raw);
        try {
            tap.setUp(filterPolicy);
            return tap;
        } catch (RuntimeException e) {
            tap.close(); // roll back what was made
            throw e;
        }
    }

    private void setUp(String filterPolicy) {
        Instant created = Instant.now();
        HarnessQueue queue = HarnessQueue.create(sqs, harnessId, created);
        queueUrl = queue.url();
        String queueArn = queue.arn();
        queue.admitOnly(sqs, "sns.amazonaws.com", List.of(topicArn));
        Map<String, String> attributes = new HashMap<>();
        attributes.put("RawMessageDelivery", Boolean.toString(raw));
        if (filterPolicy != null) {
            attributes.put("FilterPolicy", filterPolicy);
        }
        subscriptionArn = sns.subscribe(r -> r.topicArn(topicArn)
                        .protocol("sqs")
                        .endpoint(queueArn)
                        .attributes(attributes)
                        .returnSubscriptionArn(true))
                .subscriptionArn();
        String pending = sns.getSubscriptionAttributes(r -> r.subscriptionArn(subscriptionArn))
                .attributes()
                .getOrDefault("PendingConfirmation", "false");
        if (pending.equals("true")) {
            throw new IllegalStateException("The subscription of the tap's queue to " + topicArn + " is pending"
                    + " confirmation: tap a topic of the account the test runs in.");
        }
        heartbeat = new HarnessHeartbeat(created, this::touch);
        journal.newWindow();
    }

    /** Marks the queue as in use now (see {@link HarnessHeartbeat}); the subscription goes with the queue. */
    void touch() {
        sqs.tagQueue(r -> r.queueUrl(queueUrl).tags(HarnessTags.alive(Instant.now())));
    }

    @Override
    synchronized List<ReceivedMessage> poll(Duration timeLeft) {
        heartbeat.onPoll();
        return SqsQueueTap.receiveFrom(sqs, queueUrl, timeLeft, this::fromQueue);
    }

    private ReceivedMessage fromQueue(Message message) {
        Instant now = Instant.now();
        Instant sent = SqsQueueTap.sentAt(message).orElse(now);
        if (raw) {
            Map<String, String> attributes = new TreeMap<>();
            message.messageAttributes().forEach((k, v) -> attributes.put(k, v.stringValue()));
            return new ReceivedMessage(
                    message.messageId(), message.body(), attributes, sent, now, MissingNode.getInstance());
        }
        JsonNode envelope = ReceivedMessage.parse(message.body());
        Map<String, String> attributes = new TreeMap<>();
        envelope.path("MessageAttributes")
                .fields()
                .forEachRemaining(e ->
                        attributes.put(e.getKey(), e.getValue().path("Value").asText()));
        return new ReceivedMessage(
                envelope.path("MessageId").asText(message.messageId()),
                envelope.path("Message").asText(message.body()),
                attributes,
                timestamp(envelope.path("Timestamp").asText(null)).orElse(sent),
                now,
                envelope);
    }

    private static java.util.Optional<Instant> timestamp(String text) {
        try {
            return text == null ? java.util.Optional.empty() : java.util.Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    /** The harness id in this tap's queue name and tags. */
    public String harnessId() {
        return harnessId;
    }

    /** Deletes the subscription, then the queue; safe to call on a half-made tap. */
    @Override
    public void close() {
        Cleanup cleanup = new Cleanup();
        if (subscriptionArn != null) {
            String subscription = subscriptionArn;
            cleanup.step(() -> sns.unsubscribe(r -> r.subscriptionArn(subscription)));
            subscriptionArn = null;
        }
        if (queueUrl != null) {
            String url = queueUrl;
            cleanup.step(() -> sqs.deleteQueue(r -> r.queueUrl(url)));
            queueUrl = null;
        }
        cleanup.done();
    }
}
