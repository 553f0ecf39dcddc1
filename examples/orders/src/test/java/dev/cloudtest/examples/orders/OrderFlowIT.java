package dev.cloudtest.examples.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudtest.aws.AwsClients;
import dev.cloudtest.aws.AwsSettings;
import dev.cloudtest.junit5.Observation;
import dev.cloudtest.junit5.events.EventBridgeListener;
import dev.cloudtest.junit5.events.ReceivedEvent;
import dev.cloudtest.testlib.MotoExtension;
import dev.cloudtest.testlib.MotoServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The orders flow end to end on the moto server: the API puts OrderCreated, the consumer must answer
 * OrderConfirmed within 5 s (an SLA that reaches cloudtest:verify's table), and never confirm a rejected order.
 */
@ExtendWith(MotoExtension.class)
class OrderFlowIT {
    static final String BUS = "orders";
    private static AwsClients aws;
    private static EventBridgeClient events;
    private static OrderConfirmer confirmer;
    private static EventBridgeListener outcomes;

    @BeforeAll
    static void deploy(MotoServer moto) {
        aws = AwsClients.open(AwsSettings.of("us-east-1", null, moto.endpoint().toString()));
        events = aws.client(EventBridgeClient.class);
        SqsClient sqs = aws.client(SqsClient.class);
        // "The deploy": the bus, the consumer's queue, and the rule that feeds it.
        if (events.listEventBuses(r -> r.namePrefix(BUS)).eventBuses().isEmpty()) {
            events.createEventBus(r -> r.name(BUS));
        }
        String queueUrl = sqs.createQueue(r -> r.queueName("orders-created")).queueUrl();
        String queueArn = sqs.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes()
                .get(QueueAttributeName.QUEUE_ARN);
        events.putRule(r -> r.name("order-created")
                .eventBusName(BUS)
                .eventPattern("{\"source\":[\"orders\"],\"detail-type\":[\"OrderCreated\"]}"));
        events.putTargets(r -> r.rule("order-created")
                .eventBusName(BUS)
                .targets(Target.builder().id("confirmer").arn(queueArn).build()));
        confirmer = new OrderConfirmer(sqs, events, queueUrl, BUS);
        outcomes = EventBridgeListener.create(
                events, sqs, BUS, "{\"source\":[\"orders\"],\"detail-type\":[\"OrderConfirmed\",\"OrderRejected\"]}");
    }

    @AfterAll
    static void tearDown() throws InterruptedException {
        outcomes.close();
        confirmer.close();
        aws.close();
    }

    @BeforeEach
    void eachTestSeesItsOwnEvents() {
        outcomes.newWindow();
    }

    @Test
    void anOrderIsConfirmedWithinFiveSeconds() {
        new OrdersApi(events, BUS).createOrder("o-1001", 2500);

        Observation<ReceivedEvent> confirmed = outcomes.expectOne(
                "order confirmed",
                Duration.ofSeconds(5),
                e -> e.detailType().equals("OrderConfirmed")
                        && e.detail().path("orderId").asText().equals("o-1001"));

        assertThat(confirmed.latency()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aFreeOrderIsRejectedAndNeverConfirmed() {
        new OrdersApi(events, BUS).createOrder("o-1002", 0);

        outcomes.expectOne(
                "order rejected",
                Duration.ofSeconds(5),
                e -> e.detailType().equals("OrderRejected")
                        && e.detail().path("orderId").asText().equals("o-1002"));
        outcomes.expectNone(
                "rejected order not confirmed",
                Duration.ofSeconds(1),
                e -> e.detailType().equals("OrderConfirmed")
                        && e.detail().path("orderId").asText().equals("o-1002"));
        assertThat(outcomes.received()).extracting(ReceivedEvent::detailType).containsOnly("OrderRejected");
    }
}
