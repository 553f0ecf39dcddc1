package dev.cloudtest.junit5.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.Tag;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Listens to an EventBridge bus for a test: a temporary rule with the event pattern asked for (or a copy of an
 * existing rule's) delivers to a temporary SQS queue that only that rule may write to. Ready when
 * {@link #create} returns: a probe event on a second harness rule has made the whole path (bus, rule, target,
 * queue policy) deliver, so an event the test sends right after is not lost.
 *
 * <p>Unlike IATK, received events are kept in a journal (once per event id): several waits, and several tests,
 * see the same events, and an event that did not match one wait is still there for the next. Waits see the events
 * received since the listener's window started ({@link #newWindow()}; at creation by default).
 *
 * <pre>{@code
 * try (EventBridgeListener orders = EventBridgeListener.create(events, sqs, "orders-bus",
 *         "{\"source\":[\"orders\"],\"detail-type\":[\"OrderConfirmed\"]}")) {
 *     api.createOrder("o-1");
 *     Observation<ReceivedEvent> confirmed = orders.expectOne("order o-1 confirmed", Duration.ofSeconds(5),
 *             e -> e.detail().path("orderId").asText().equals("o-1"));
 * }
 * }</pre>
 *
 * Everything it creates is tagged ({@code cloudtest:harness}, {@code cloudtest:run}, {@code cloudtest:created})
 * and deleted by {@link #close()}, or by {@link HarnessSweeper} after a crash.
 *
 * @since 0.1.0
 */
public final class EventBridgeListener extends JournalWaits<ReceivedEvent> implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final EventBridgeClient events;
    private final SqsClient sqs;
    private final String bus;
    private final String harnessId;
    private final List<String> rules = new ArrayList<>();
    private final List<String> ruleArns = new ArrayList<>();
    private HarnessHeartbeat heartbeat;
    private String queueUrl;
    private Duration readiness = Duration.ZERO;

    private EventBridgeListener(EventBridgeClient events, SqsClient sqs, String bus) {
        this.events = events;
        this.sqs = sqs;
        this.bus = bus == null || bus.isBlank() ? "default" : bus;
        this.harnessId = UUID.randomUUID().toString().substring(0, 12);
    }

    /** A listener for events matching {@code eventPattern} (EventBridge pattern JSON) on {@code bus}. */
    public static EventBridgeListener create(EventBridgeClient events, SqsClient sqs, String bus, String eventPattern) {
        return create(events, sqs, bus, eventPattern, null);
    }

    private static EventBridgeListener create(
            EventBridgeClient events, SqsClient sqs, String bus, String eventPattern, Target shapedLike) {
        EventBridgeListener listener = new EventBridgeListener(events, sqs, bus);
        try {
            listener.setUp(checkedPattern(eventPattern), shapedLike);
            return listener;
        } catch (RuntimeException e) {
            listener.close(); // roll back what was made
            throw e;
        }
    }

    /** A listener with the event pattern of an existing rule on {@code bus} (the rule itself is not touched). */
    public static EventBridgeListener copyingRule(EventBridgeClient events, SqsClient sqs, String bus, String rule) {
        return create(events, sqs, bus, rulePattern(events, bus, rule));
    }

    private static String rulePattern(EventBridgeClient events, String bus, String rule) {
        String pattern;
        try {
            pattern = events.describeRule(r -> r.name(rule).eventBusName(bus == null ? "default" : bus))
                    .eventPattern();
        } catch (SdkException e) {
            throw new IllegalArgumentException(
                    "Cannot read the rule '" + rule + "' on bus '" + bus + "' to copy its" + " event pattern: "
                            + e.getMessage(),
                    e);
        }
        if (pattern == null) {
            throw new IllegalArgumentException("Rule '" + rule + "' has no event pattern (a scheduled rule?): give"
                    + " the pattern to listen for instead.");
        }
        return pattern;
    }

    /**
     * A listener with the event pattern of an existing rule and the input shaping ({@code Input},
     * {@code InputPath} or {@code InputTransformer}) of one of its targets, so the test receives what that target
     * receives. Where the shaped input is not JSON, {@link ReceivedEvent#event()} holds it as {@code {"body": ...}}.
     */
    public static EventBridgeListener copyingRule(
            EventBridgeClient events, SqsClient sqs, String bus, String rule, String targetId) {
        String onBus = bus == null ? "default" : bus;
        String pattern = rulePattern(events, bus, rule);
        Target target = events.listTargetsByRule(r -> r.rule(rule).eventBusName(onBus)).targets().stream()
                .filter(t -> t.id().equals(targetId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Rule '" + rule + "' has no target '" + targetId
                        + "'; its targets: "
                        + events.listTargetsByRule(r -> r.rule(rule).eventBusName(onBus)).targets().stream()
                                .map(Target::id)
                                .toList()));
        return create(events, sqs, bus, pattern, target);
    }

    private void setUp(String pattern, Target shapedLike) {
        Instant created = Instant.now();
        Map<String, String> tags = HarnessTags.of(harnessId, created);
        String name = HarnessTags.NAME_PREFIX + harnessId;
        HarnessQueue queue = HarnessQueue.create(sqs, harnessId, created);
        queueUrl = queue.url();
        String queueArn = queue.arn();
        List<Tag> ruleTags = tags.entrySet().stream()
                .map(t -> Tag.builder().key(t.getKey()).value(t.getValue()).build())
                .toList();
        String ruleArn = rule(name, pattern, ruleTags, queueTarget(queueArn, shapedLike));
        String probeArn = rule(name + "-probe", probePattern(), ruleTags, queueTarget(queueArn, null));
        queue.admitOnly(sqs, "events.amazonaws.com", List.of(ruleArn, probeArn));
        heartbeat = new HarnessHeartbeat(created, this::touch);
        awaitReady();
        journal.newWindow();
    }

    /** Marks the queue and the rules as in use now (see {@link HarnessHeartbeat}). */
    void touch() {
        Map<String, String> alive = HarnessTags.alive(Instant.now());
        sqs.tagQueue(r -> r.queueUrl(queueUrl).tags(alive));
        List<Tag> tags = alive.entrySet().stream()
                .map(t -> Tag.builder().key(t.getKey()).value(t.getValue()).build())
                .toList();
        ruleArns.forEach(arn -> events.tagResource(r -> r.resourceARN(arn).tags(tags)));
    }

    /** The harness target: the queue, with the input shaping of the copied target if there is one. */
    private static Target queueTarget(String queueArn, Target shapedLike) {
        Target.Builder target = Target.builder().id("cloudtest-queue").arn(queueArn);
        if (shapedLike != null) {
            target.input(shapedLike.input())
                    .inputPath(shapedLike.inputPath())
                    .inputTransformer(shapedLike.inputTransformer());
        }
        return target.build();
    }

    private String rule(String name, String pattern, List<Tag> tags, Target target) {
        String arn = events.putRule(r ->
                        r.name(name).eventBusName(bus).eventPattern(pattern).tags(tags))
                .ruleArn();
        rules.add(name);
        ruleArns.add(arn);
        events.putTargets(r -> r.rule(name).eventBusName(bus).targets(target));
        return arn;
    }

    private String probePattern() {
        return "{\"source\":[\"cloudtest.harness\"],\"detail-type\":[\"" + probeType() + "\"]}";
    }

    private String probeType() {
        return "cloudtest-probe-" + harnessId;
    }

    private boolean isProbe(ReceivedEvent event) {
        return event.detailType().equals(probeType());
    }

    /** Sends probes until one comes back through the queue: the delivery path works end to end. */
    private void awaitReady() {
        Instant start = Instant.now();
        Instant deadline = start.plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            events.putEvents(r -> r.entries(PutEventsRequestEntry.builder()
                    .eventBusName(bus)
                    .source("cloudtest.harness")
                    .detailType(probeType())
                    .detail("{}")
                    .build()));
            boolean ready = false;
            for (ReceivedEvent e : receive(Duration.ofSeconds(1))) {
                if (isProbe(e)) {
                    ready = true;
                } else {
                    journal.keep(e); // before the first window: kept, not seen by waits
                }
            }
            if (ready) {
                readiness = Duration.between(start, Instant.now());
                return;
            }
        }
        throw new IllegalStateException("The EventBridge listener on bus '" + bus + "' was not ready within "
                + READY_TIMEOUT.toSeconds() + " s: no probe event came through rule " + rules.get(0)
                + "-probe to its queue. Check that the bus exists and that EventBridge may send to SQS here.");
    }

    /** How long the probe took to come through when the listener was set up. */
    public Duration readiness() {
        return readiness;
    }

    @Override
    List<ReceivedEvent> poll(Duration timeLeft) {
        heartbeat.onPoll();
        return receive(timeLeft).stream().filter(e -> !isProbe(e)).toList();
    }

    /** A long poll cut to {@code timeLeft}: every message, probes included. */
    private synchronized List<ReceivedEvent> receive(Duration timeLeft) {
        int wait = (int) Math.max(0, Math.min(20, timeLeft.toSeconds()));
        List<Message> messages = sqs.receiveMessage(
                        r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(wait))
                .messages();
        List<ReceivedEvent> fresh = new ArrayList<>();
        for (Message message : messages) {
            ReceivedEvent event = parse(message);
            if (event != null) {
                fresh.add(event);
            }
            sqs.deleteMessage(r -> r.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
        }
        return fresh;
    }

    private static ReceivedEvent parse(Message message) {
        try {
            JsonNode event = JSON.readTree(message.body());
            String id = event.path("id").asText(message.messageId());
            return new ReceivedEvent(id, event, Instant.now());
        } catch (java.io.IOException notJson) {
            // An InputTransformer can make non-JSON text: keep it as a text node.
            ObjectNode wrapper = JSON.createObjectNode().put("body", message.body());
            return new ReceivedEvent(message.messageId(), wrapper, Instant.now());
        }
    }

    private static String checkedPattern(String pattern) {
        try {
            JsonNode parsed = JSON.readTree(pattern);
            if (!parsed.isObject() || parsed.isEmpty()) {
                throw new IllegalArgumentException("The event pattern must be a non-empty JSON object, such as"
                        + " {\"source\":[\"orders\"]}; was: " + pattern);
            }
            return parsed.toString();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("The event pattern is not JSON (" + e.getOriginalMessage()
                    + "); give EventBridge pattern JSON such as {\"source\":[\"orders\"]}.");
        }
    }

    /** Deletes the rules (targets first) and the queue; safe to call on a half-made listener. */
    @Override
    public void close() {
        Cleanup cleanup = new Cleanup();
        for (String rule : rules) {
            cleanup.step(() -> {
                events.removeTargets(r -> r.rule(rule).eventBusName(bus).ids("cloudtest-queue"));
                events.deleteRule(r -> r.name(rule).eventBusName(bus));
            });
        }
        rules.clear();
        if (queueUrl != null) {
            String url = queueUrl;
            cleanup.step(() -> sqs.deleteQueue(r -> r.queueUrl(url)));
            queueUrl = null;
        }
        cleanup.done();
    }

    /** The harness id in this listener's resource names and tags. */
    public String harnessId() {
        return harnessId;
    }
}
