package it;

import dev.cloudtest.junit5.AwsClient;
import dev.cloudtest.junit5.CloudtestStack;
import dev.cloudtest.junit5.Observation;
import dev.cloudtest.junit5.StackOutput;
import dev.cloudtest.junit5.events.EventBridgeListener;
import dev.cloudtest.junit5.events.ReceivedEvent;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Written as the README shows: the stack's bus injected, a listener, an event awaited with an SLA. */
@CloudtestStack
class OrderEventsIT {
    private static final String CONFIRMED = "{\"source\":[\"it.orders\"],\"detail-type\":[\"OrderConfirmed\"]}";

    @StackOutput("BusName")
    static String bus;

    @AwsClient
    static EventBridgeClient events;

    @AwsClient
    static SqsClient sqs;

    @Test
    void anOrderConfirmedEventIsSeenWithinItsSla() {
        try (EventBridgeListener orders = EventBridgeListener.create(events, sqs, bus, CONFIRMED)) {
            confirm("o-1");
            Observation<ReceivedEvent> seen = orders.expectOne("order confirmed", Duration.ofSeconds(5), e -> e.detail()
                    .path("orderId")
                    .asText()
                    .equals("o-1"));
            System.out.println("Order o-1 confirmed, seen after " + seen.latency().toMillis() + " ms");
        }
    }

    @Test
    void aConfirmationThatNeverComesFailsWithItsFigures() {
        try (EventBridgeListener orders = EventBridgeListener.create(events, sqs, bus, CONFIRMED)) {
            confirm("o-2");
            orders.expectOne("order o-3 confirmed", Duration.ofMillis(800), e -> e.detail()
                    .path("orderId")
                    .asText()
                    .equals("o-3"));
        }
    }

    private static void confirm(String orderId) {
        events.putEvents(r -> r.entries(e -> e.eventBusName(bus)
                .source("it.orders")
                .detailType("OrderConfirmed")
                .detail("{\"orderId\":\"" + orderId + "\"}")));
    }
}
