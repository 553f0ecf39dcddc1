package dev.cloudtest.examples.orders;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The consumer: reads {@code OrderCreated} events from its queue (fed by a rule) and answers each with
 * {@code OrderConfirmed} — or {@code OrderRejected} when the amount is not positive.
 */
public final class OrderConfirmer implements AutoCloseable {
    private static final Pattern ORDER = Pattern.compile("\"orderId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern AMOUNT = Pattern.compile("\"amountCents\"\\s*:\\s*(-?\\d+)");

    private final SqsClient sqs;
    private final EventBridgeClient events;
    private final String queueUrl;
    private final String bus;
    private final Thread worker;
    private volatile boolean running = true;

    public OrderConfirmer(SqsClient sqs, EventBridgeClient events, String queueUrl, String bus) {
        this.sqs = sqs;
        this.events = events;
        this.queueUrl = queueUrl;
        this.bus = bus;
        this.worker = new Thread(this::run, "order-confirmer");
        this.worker.setDaemon(true);
        this.worker.start();
    }

    private void run() {
        while (running) {
            for (Message message : sqs.receiveMessage(
                            r -> r.queueUrl(queueUrl).waitTimeSeconds(1).maxNumberOfMessages(10))
                    .messages()) {
                handle(message.body());
                sqs.deleteMessage(r -> r.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
            }
        }
    }

    private void handle(String event) {
        Matcher order = ORDER.matcher(event);
        Matcher amount = AMOUNT.matcher(event);
        if (!order.find()) {
            return;
        }
        boolean valid = amount.find() && Long.parseLong(amount.group(1)) > 0;
        events.putEvents(r -> r.entries(PutEventsRequestEntry.builder()
                .eventBusName(bus)
                .source(OrdersApi.SOURCE)
                .detailType(valid ? "OrderConfirmed" : "OrderRejected")
                .detail("{\"orderId\":\"" + order.group(1) + "\"}")
                .build()));
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        worker.join(5_000);
    }
}
