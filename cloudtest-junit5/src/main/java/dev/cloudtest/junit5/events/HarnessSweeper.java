package dev.cloudtest.junit5.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;
import software.amazon.awssdk.services.resourcegroupstaggingapi.model.ResourceTagMapping;
import software.amazon.awssdk.services.resourcegroupstaggingapi.model.TagFilter;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Deletes harness resources that crashed runs left behind — found through the tagging API by their
 * {@code cloudtest:harness} tag, and deleted only when their last sign of life is older than the age given: their
 * {@code cloudtest:created} tag, or the {@code cloudtest:alive} tag a harness refreshes every 5 minutes while it is
 * polled. So a live listener of a parallel run is never touched, however long its run: give an age well above
 * 5 minutes plus the longest pause between two waits of a test (an hour or two). {@code dryRun} lists without
 * deleting.
 *
 * @since 0.1.0
 */
public final class HarnessSweeper {
    private final ResourceGroupsTaggingApiClient tagging;
    private final EventBridgeClient events;
    private final SqsClient sqs;
    private final SnsClient sns;

    public HarnessSweeper(ResourceGroupsTaggingApiClient tagging, EventBridgeClient events, SqsClient sqs) {
        this(tagging, events, sqs, null);
    }

    /**
     * A sweeper that also removes the SNS subscriptions of the swept queues ({@link SnsTopicTap}'s; subscriptions
     * cannot be tagged, so they are found by their endpoint, the queue).
     */
    public HarnessSweeper(
            ResourceGroupsTaggingApiClient tagging, EventBridgeClient events, SqsClient sqs, SnsClient sns) {
        this.tagging = tagging;
        this.events = events;
        this.sqs = sqs;
        this.sns = sns;
    }

    /** What was (or, in a dry run, would be) deleted: the resources' ARNs. */
    public List<String> sweep(Duration olderThan, boolean dryRun) {
        Instant cutoff = Instant.now().minus(olderThan);
        List<String> swept = new ArrayList<>();
        for (ResourceTagMapping resource : harnessResources()) {
            if (!lastSignOfLife(resource).isBefore(cutoff)) {
                continue;
            }
            swept.add(resource.resourceARN());
            if (!dryRun) {
                delete(resource.resourceARN());
            }
        }
        return swept;
    }

    /** Every resource carrying the harness tag, live or not. */
    public List<ResourceTagMapping> harnessResources() {
        List<ResourceTagMapping> all = new ArrayList<>();
        tagging.getResourcesPaginator(r -> r.tagFilters(
                                TagFilter.builder().key(HarnessTags.HARNESS).build())
                        .resourceTypeFilters("sqs", "events:rule"))
                .forEach(page -> all.addAll(page.resourceTagMappingList()));
        return all;
    }

    private void delete(String arn) {
        String[] parts = arn.split(":", 6);
        if (parts.length < 6) {
            return;
        }
        if (parts[2].equals("sqs")) {
            if (sns != null) {
                sns.listSubscriptionsPaginator(r -> {}).subscriptions().stream()
                        .filter(s -> arn.equals(s.endpoint()))
                        .forEach(s -> sns.unsubscribe(r -> r.subscriptionArn(s.subscriptionArn())));
            }
            String url = sqs.getQueueUrl(r -> r.queueName(parts[5])).queueUrl();
            sqs.deleteQueue(r -> r.queueUrl(url));
        } else if (parts[2].equals("events") && parts[5].startsWith("rule/")) {
            String[] path = parts[5].substring("rule/".length()).split("/");
            String bus = path.length == 2 ? path[0] : "default";
            String rule = path[path.length - 1];
            List<String> targets = events.listTargetsByRule(r -> r.rule(rule).eventBusName(bus)).targets().stream()
                    .map(t -> t.id())
                    .toList();
            if (!targets.isEmpty()) {
                events.removeTargets(r -> r.rule(rule).eventBusName(bus).ids(targets));
            }
            events.deleteRule(r -> r.name(rule).eventBusName(bus));
        }
    }

    /** The later of its creation and its last heartbeat ({@link HarnessHeartbeat}); never, when unreadable. */
    private static Instant lastSignOfLife(ResourceTagMapping resource) {
        Instant created = tag(resource, HarnessTags.CREATED).orElse(Instant.MAX);
        Instant alive = tag(resource, HarnessTags.ALIVE).orElse(Instant.MIN);
        return created.isAfter(alive) ? created : alive;
    }

    private static java.util.Optional<Instant> tag(ResourceTagMapping resource, String key) {
        return resource.tags().stream()
                .filter(t -> t.key().equals(key))
                .findFirst()
                .map(t -> parseEpoch(t.value()));
    }

    private static Instant parseEpoch(String value) {
        try {
            return Instant.ofEpochSecond(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Instant.MAX; // not ours to judge: keep it
        }
    }
}
