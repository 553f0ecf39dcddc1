package dev.cloudtest.examples.orders;

import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;

/** The orders API: creating an order puts an {@code OrderCreated} event on the orders bus. */
public final class OrdersApi {
    public static final String SOURCE = "orders";

    private final EventBridgeClient events;
    private final String bus;

    public OrdersApi(EventBridgeClient events, String bus) {
        this.events = events;
        this.bus = bus;
    }

    public void createOrder(String orderId, int amountCents) {
        if (!orderId.matches("[A-Za-z0-9-]{1,64}")) {
            throw new IllegalArgumentException("order id must be 1-64 letters, digits or '-': " + orderId);
        }
        PutEventsResponse answer = events.putEvents(r -> r.entries(PutEventsRequestEntry.builder()
                .eventBusName(bus)
                .source(SOURCE)
                .detailType("OrderCreated")
                .detail("{\"orderId\":\"" + orderId + "\",\"amountCents\":" + amountCents + "}")
                .build()));
        if (answer.failedEntryCount() > 0) {
            throw new IllegalStateException("EventBridge refused OrderCreated for " + orderId);
        }
    }
}
