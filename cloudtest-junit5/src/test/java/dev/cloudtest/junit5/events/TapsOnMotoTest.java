package dev.cloudtest.junit5.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.aws.AwsClients;
import dev.cloudtest.aws.AwsSettings;
import dev.cloudtest.junit5.Observation;
import dev.cloudtest.junit5.SlaViolation;
import dev.cloudtest.testlib.MotoExtension;
import dev.cloudtest.testlib.MotoServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** The SQS queue tap and the SNS topic tap against the real moto server: what a test relies on. */
@ExtendWith(MotoExtension.class)
class TapsOnMotoTest {
    private static AwsClients aws;
    private static SqsClient sqs;
    private static SnsClient sns;

    @BeforeAll
    static void clients(MotoServer moto) {
        System.setProperty("aws.accessKeyId", "AKIAIOSFODNN7EXAMPLE");
        System.setProperty("aws.secretAccessKey", "moto");
        aws = AwsClients.open(AwsSettings.of("us-east-1", null, moto.endpoint().toString()));
        sqs = aws.client(SqsClient.class);
        sns = aws.client(SnsClient.class);
    }

    @AfterAll
    static void close() {
        aws.close();
    }

    private static String queue(String name) {
        return sqs.createQueue(r -> r.queueName(name)).queueUrl();
    }

    private static void send(String queueUrl, String body) {
        sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody(body));
    }

    @Test
    void aQueueMessageSentTheMomentTheTapOpensIsSeenAndALeftoverIsNot() throws Exception {
        String url = queue("orders-out-1");
        send(url, "{\"orderId\":\"leftover\"}");
        Thread.sleep(20); // the leftover's SentTimestamp is before the tap's window

        try (SqsQueueTap tap = SqsQueueTap.on(sqs, url)) {
            send(url, "{\"orderId\":\"o-0ms\"}");

            Observation<ReceivedMessage> seen = tap.expectOne(
                    "o-0ms out",
                    Duration.ofSeconds(5),
                    m -> m.json().path("orderId").asText().equals("o-0ms"));
            assertThat(seen.value().body()).isEqualTo("{\"orderId\":\"o-0ms\"}");
            tap.expectNone(
                    "the leftover of an earlier run never matches",
                    Duration.ofMillis(500),
                    m -> m.json().path("orderId").asText().equals("leftover"));
        }
    }

    @Test
    void aQueueMessageThatDidNotMatchOneWaitIsThereForTheNextAndMissesShowTheirFigures() {
        String url = queue("orders-out-2");
        try (SqsQueueTap tap = SqsQueueTap.on(sqs, url)) {
            send(url, "{\"orderId\":\"o-a\"}");
            send(url, "{\"orderId\":\"o-b\"}");

            tap.expectOne(
                    "o-b",
                    Duration.ofSeconds(5),
                    m -> m.json().path("orderId").asText().equals("o-b"));
            assertThat(tap.expectOne(
                                    "o-a, looked for later",
                                    Duration.ofSeconds(1),
                                    m -> m.json().path("orderId").asText().equals("o-a"))
                            .value()
                            .body())
                    .contains("o-a");
            assertThatThrownBy(() -> tap.expectOne(
                            "o-c", Duration.ofMillis(700), m -> m.body().contains("o-c")))
                    .isInstanceOf(SlaViolation.class)
                    .hasMessageContaining("SLA 'o-c' missed: not met within 700ms")
                    .hasMessageContaining("looks")
                    .hasMessageContaining("0 matching [] of 2 in the window")
                    .hasMessageContaining("o-b");
        }
    }

    @Test
    void aPeekingTapLeavesEveryMessageToTheApplicationsConsumer() {
        String url = queue("orders-out-peek");
        try (SqsQueueTap tap = SqsQueueTap.peeking(sqs, url)) {
            send(url, "{\"orderId\":\"o-1\"}");
            send(url, "{\"orderId\":\"o-2\"}");

            tap.expectExactly(
                    "both orders out", Duration.ofSeconds(5), 2, m -> m.body().contains("orderId"));
            tap.expectOne("o-1 again, from the journal", Duration.ofSeconds(1), m -> m.body()
                    .contains("o-1"));
            assertThat(tap.received())
                    .as("each message once, however often it was looked at")
                    .hasSize(2);
        }

        List<String> consumed = new java.util.ArrayList<>();
        for (int look = 0; look < 5 && consumed.size() < 2; look++) {
            sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(1))
                    .messages()
                    .forEach(m -> consumed.add(m.body()));
        }
        assertThat(consumed)
                .as("the application's consumer still gets both")
                .containsExactlyInAnyOrder("{\"orderId\":\"o-1\"}", "{\"orderId\":\"o-2\"}");
    }

    @Test
    void peekingAtAQueueWithARedrivePolicyIsRefusedAndItsMessagesLeftAlone() {
        String dlq = queue("orders-dlq-peek");
        String dlqArn = sqs.getQueueAttributes(r -> r.queueUrl(dlq).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes()
                .get(QueueAttributeName.QUEUE_ARN);
        String url = sqs.createQueue(r -> r.queueName("orders-in-peek")
                        .attributes(Map.of(
                                QueueAttributeName.REDRIVE_POLICY,
                                "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\"2\"}")))
                .queueUrl();
        send(url, "{\"orderId\":\"o-9\"}");

        assertThatThrownBy(() -> SqsQueueTap.peeking(sqs, url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cannot peek at " + url + ": it has a redrive policy")
                .hasMessageContaining("maxReceiveCount")
                .hasMessageContaining("SqsQueueTap.on");
        assertThat(sqs.getQueueAttributes(
                                r -> r.queueUrl(url).attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                        .attributes()
                        .get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                .isEqualTo("1");
    }

    @Test
    void aQueueThatDoesNotExistFailsAtOnce() {
        String missing = queue("orders-out-present").replace("orders-out-present", "nope");
        assertThatThrownBy(() -> SqsQueueTap.on(sqs, missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No queue " + missing + " to tap here: check the URL (a stack output of the stack under"
                        + " test?) and that the client's region and endpoint are the queue's.");
        assertThatThrownBy(() -> SqsQueueTap.peeking(sqs, missing)).hasMessageStartingWith("No queue " + missing);
        String noTopic =
                sns.createTopic(r -> r.name("orders-present")).topicArn().replace("orders-present", "nope");
        assertThatThrownBy(() -> SnsTopicTap.on(sns, sqs, noTopic))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("No topic " + noTopic + " to tap here: check the ARN");
        assertThatThrownBy(() -> SqsQueueTap.on(sqs, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No queue to tap");
    }

    @Test
    void aTopicMessagePublishedTheMomentTheTapOpensIsSeenWithItsEnvelope() {
        String topic = sns.createTopic(r -> r.name("order-alerts-1")).topicArn();
        try (SnsTopicTap tap = SnsTopicTap.on(sns, sqs, topic)) {
            sns.publish(
                    r -> r.topicArn(topic).message("{\"orderId\":\"o-0ms\"}").subject("alert"));

            Observation<ReceivedMessage> seen = tap.expectOne(
                    "alert o-0ms",
                    Duration.ofSeconds(5),
                    m -> m.json().path("orderId").asText().equals("o-0ms"));
            assertThat(seen.value().body()).isEqualTo("{\"orderId\":\"o-0ms\"}");
            assertThat(seen.value().envelope().path("TopicArn").asText()).isEqualTo(topic);
        }
    }

    @Test
    void aFilterPolicyKeepsOutWhatItFiltersAndRawDeliveryHasNoEnvelope() {
        String topic = sns.createTopic(r -> r.name("order-alerts-2")).topicArn();
        try (SnsTopicTap tap = SnsTopicTap.on(sns, sqs, topic, "{\"kind\":[\"urgent\"]}", true)) {
            publish(topic, "routine-1", "routine");
            publish(topic, "urgent-1", "urgent");

            assertThat(tap.expectOne("urgent", Duration.ofSeconds(5), m -> m.body()
                                    .equals("urgent-1"))
                            .value()
                            .envelope()
                            .isMissingNode())
                    .isTrue();
            tap.expectNone("routine filtered out", Duration.ofMillis(700), m -> m.body()
                    .startsWith("routine"));
        }
    }

    @Test
    void closingATopicTapLeavesNoSubscriptionNorQueue() {
        String topic = sns.createTopic(r -> r.name("order-alerts-3")).topicArn();
        String id;
        try (SnsTopicTap tap = SnsTopicTap.on(sns, sqs, topic)) {
            id = tap.harnessId();
            assertThat(sns.listSubscriptionsByTopic(r -> r.topicArn(topic)).subscriptions())
                    .hasSize(1);
        }
        assertThat(sns.listSubscriptionsByTopic(r -> r.topicArn(topic)).subscriptions())
                .isEmpty();
        assertThat(sqs.listQueues(r -> r.queueNamePrefix(HarnessTags.NAME_PREFIX + id))
                        .queueUrls())
                .isEmpty();
        assertThatThrownBy(() -> SnsTopicTap.on(sns, sqs, "order-alerts-3")).hasMessageContaining("is not a topic ARN");
    }

    @Test
    void theSweeperRemovesACrashedTopicTapsQueueAndSubscription() {
        String topic = sns.createTopic(r -> r.name("order-alerts-crash")).topicArn();
        SnsTopicTap crashed = SnsTopicTap.on(sns, sqs, topic); // never closed, as in a killed test JVM
        HarnessSweeper sweeper = new HarnessSweeper(
                aws.client(
                        software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient.class),
                aws.client(software.amazon.awssdk.services.eventbridge.EventBridgeClient.class),
                sqs,
                sns);

        assertThat(sweeper.sweep(Duration.ofMinutes(10), false))
                .as("younger than the age: a live tap of a parallel run")
                .noneMatch(arn -> arn.contains(crashed.harnessId()));
        assertThat(sweeper.sweep(Duration.ofSeconds(-5), false)).anyMatch(arn -> arn.contains(crashed.harnessId()));

        assertThat(sns.listSubscriptionsByTopic(r -> r.topicArn(topic)).subscriptions())
                .isEmpty();
        assertThat(sqs.listQueues(r -> r.queueNamePrefix(HarnessTags.NAME_PREFIX + crashed.harnessId()))
                        .queueUrls())
                .isEmpty();
    }

    @Test
    void theSweeperSparesAnOldHarnessThatIsStillInUseAndTakesItOnceItFallsSilent() {
        String topic = sns.createTopic(r -> r.name("order-alerts-long-run")).topicArn();
        SnsTopicTap tap = SnsTopicTap.on(sns, sqs, topic);
        String queueUrl = sqs.getQueueUrl(r -> r.queueName(HarnessTags.NAME_PREFIX + tap.harnessId()))
                .queueUrl();
        Instant threeHoursAgo = Instant.now().minus(Duration.ofHours(3));
        sqs.tagQueue(r ->
                r.queueUrl(queueUrl).tags(Map.of(HarnessTags.CREATED, Long.toString(threeHoursAgo.getEpochSecond()))));
        HarnessSweeper sweeper = new HarnessSweeper(
                aws.client(
                        software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient.class),
                aws.client(software.amazon.awssdk.services.eventbridge.EventBridgeClient.class),
                sqs,
                sns);

        tap.touch(); // what polling does every 5 minutes
        assertThat(sweeper.sweep(Duration.ofHours(2), false))
                .as("created 3 h ago but polled just now: a long run's live tap")
                .noneMatch(arn -> arn.contains(tap.harnessId()));

        sqs.tagQueue(r -> r.queueUrl(queueUrl).tags(HarnessTags.alive(threeHoursAgo)));
        assertThat(sweeper.sweep(Duration.ofHours(2), false))
                .as("silent for 3 h: a leftover")
                .anyMatch(arn -> arn.contains(tap.harnessId()));
        assertThat(sns.listSubscriptionsByTopic(r -> r.topicArn(topic)).subscriptions())
                .isEmpty();
    }

    @Test
    void tapOverheadFromSentToSeen() {
        String url = queue("orders-out-latency");
        String topic = sns.createTopic(r -> r.name("order-alerts-latency")).topicArn();
        try (SqsQueueTap queueTap = SqsQueueTap.on(sqs, url);
                SnsTopicTap topicTap = SnsTopicTap.on(sns, sqs, topic)) {
            List<Long> queueMillis = new ArrayList<>();
            List<Long> topicMillis = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String body = "m-" + i;
                long start = System.nanoTime();
                send(url, body);
                queueTap.expectOne(body, Duration.ofSeconds(10), m -> m.body().equals(body));
                queueMillis.add((System.nanoTime() - start) / 1_000_000);
                start = System.nanoTime();
                sns.publish(r -> r.topicArn(topic).message(body));
                topicTap.expectOne(body, Duration.ofSeconds(10), m -> m.body().equals(body));
                topicMillis.add((System.nanoTime() - start) / 1_000_000);
            }
            queueMillis.sort(Long::compare);
            topicMillis.sort(Long::compare);
            System.out.println("Tap overhead on moto, sent to seen over 20 messages: SQS queue tap median "
                    + queueMillis.get(10) + " ms, max " + queueMillis.get(19) + " ms; SNS topic tap median "
                    + topicMillis.get(10) + " ms, max " + topicMillis.get(19) + " ms");
            assertThat(queueMillis.get(10)).isLessThan(5_000);
            assertThat(topicMillis.get(10)).isLessThan(5_000);
        }
    }

    private static void publish(String topic, String body, String kind) {
        sns.publish(r -> r.topicArn(topic)
                .message(body)
                .messageAttributes(Map.of(
                        "kind",
                        MessageAttributeValue.builder()
                                .dataType("String")
                                .stringValue(kind)
                                .build())));
    }
}
