package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cloudtest.junit5.CloudtestStack;
import dev.cloudtest.junit5.Observation;
import dev.cloudtest.junit5.PhysicalId;
import dev.cloudtest.junit5.Sla;
import dev.cloudtest.junit5.StackOutput;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@CloudtestStack
class OrdersSlaIT {
    @StackOutput("ApiUrl")
    URI api;

    @Test
    void findsItsStackAndConfirmsInTime(@PhysicalId("OrdersTable") String table) {
        assertEquals(URI.create("https://api.it-junit5-sla.example/prod"), api);
        assertEquals("it-junit5-sla-OrdersTable-1", table);

        AtomicInteger looks = new AtomicInteger();
        Observation<String> confirmed = Sla.within(Duration.ofSeconds(5))
                .name("order confirmed")
                .until(() -> looks.incrementAndGet() < 3 ? "PENDING" : "CONFIRMED", "CONFIRMED"::equals);

        assertEquals(3, confirmed.attempts());
    }

    @Test
    void aLateInvoiceFailsWithItsFigures() {
        Sla.within(Duration.ofMillis(300)).name("invoice sent").until(() -> "PENDING", "SENT"::equals);
    }
}
