package dev.cloudtest.junit5.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class HarnessHeartbeatTest {
    private final Instant created = Instant.parse("2026-12-04T10:00:00Z");
    private final AtomicReference<Instant> now = new AtomicReference<>(created);

    @Test
    void touchesOnlyWhenTheLastSignIsFiveMinutesOld() {
        AtomicInteger touches = new AtomicInteger();
        HarnessHeartbeat heartbeat = new HarnessHeartbeat(created, touches::incrementAndGet, now::get);

        heartbeat.onPoll();
        now.set(created.plus(Duration.ofMinutes(4)));
        heartbeat.onPoll();
        assertThat(touches).hasValue(0);

        now.set(created.plus(Duration.ofMinutes(5)));
        heartbeat.onPoll();
        heartbeat.onPoll();
        assertThat(touches).hasValue(1);

        now.set(created.plus(Duration.ofMinutes(10)));
        heartbeat.onPoll();
        assertThat(touches).hasValue(2);
    }

    @Test
    void aFailedTouchNeverFailsThePollAndIsTriedAgainAtTheNextPoll() {
        AtomicInteger attempts = new AtomicInteger();
        HarnessHeartbeat heartbeat = new HarnessHeartbeat(
                created,
                () -> {
                    if (attempts.incrementAndGet() == 1) {
                        throw new IllegalStateException("AccessDenied: sqs:TagQueue");
                    }
                },
                now::get);
        now.set(created.plus(Duration.ofMinutes(6)));

        heartbeat.onPoll(); // fails, logged once
        heartbeat.onPoll(); // still due: tried again, succeeds
        heartbeat.onPoll(); // done until 5 minutes later

        assertThat(attempts).hasValue(2);
    }
}
