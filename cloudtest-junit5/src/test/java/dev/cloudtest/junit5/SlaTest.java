package dev.cloudtest.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cloudtest.core.FakeTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class SlaTest {
    private final FakeTime time = new FakeTime();
    private final List<SlaRecord> records = new ArrayList<>();
    private final AtomicInteger looks = new AtomicInteger();

    private Sla sla(Duration sla) {
        return Sla.within(sla).name("order confirmed").withTime(time).recordingTo(records::add);
    }

    /** PENDING until the given look, CONFIRMED from then on; each look takes 50 ms. */
    private String statusConfirmedAtLook(int look) {
        time.sleep(Duration.ofMillis(50));
        return looks.incrementAndGet() >= look ? "CONFIRMED" : "PENDING";
    }

    @Test
    void returnsTheObservationWithItsLatencyAndLooks() {
        Observation<String> seen =
                sla(Duration.ofSeconds(5)).until(() -> statusConfirmedAtLook(3), "CONFIRMED"::equals);

        assertThat(seen.value()).isEqualTo("CONFIRMED");
        assertThat(seen.attempts()).isEqualTo(3);
        // Looks at 0, 100 and 300 ms (pauses 100 and 200 ms count the look's own 50 ms), ending at 350 ms.
        assertThat(seen.latency()).isEqualTo(Duration.ofMillis(350));
        assertThat(seen.margin()).isEqualTo(Duration.ofMillis(4_650));
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("order confirmed");
            assertThat(r.kind()).isEqualTo("within");
            assertThat(r.sla()).isEqualTo(Duration.ofSeconds(5));
            assertThat(r.measured()).isEqualTo(Duration.ofMillis(350));
            assertThat(r.passed()).isTrue();
            assertThat(r.test()).isEqualTo("SlaTest#returnsTheObservationWithItsLatencyAndLooks");
        });
    }

    @Test
    void aTimeoutFailsWithTheFiguresTheLastObservationAndTheLastExceptionAsCause() {
        AtomicInteger calls = new AtomicInteger();
        IllegalStateException throttled = new IllegalStateException("Rate exceeded");
        SlaViolation violation = catchThrowableOfType(
                () -> sla(Duration.ofSeconds(2))
                        .until(
                                () -> {
                                    time.sleep(Duration.ofMillis(10));
                                    if (calls.incrementAndGet() == 2) {
                                        throw throttled;
                                    }
                                    return "PENDING";
                                },
                                "CONFIRMED"::equals),
                SlaViolation.class);

        assertThat(violation).isInstanceOf(AssertionFailedError.class).hasCause(throttled);
        assertThat(violation.getMessage())
                // Each look takes 10 ms: the last one starts at the deadline and ends 10 ms after it.
                .startsWith("SLA 'order confirmed' missed: not met within 2.000s (waited 2.010s, 6 looks).\n")
                .contains("Last observation (look 6 at 2.010s): PENDING")
                .contains("Mismatch: the condition is not met")
                .contains("Last exception (look 2): java.lang.IllegalStateException: Rate exceeded");
        assertThat(violation.measured()).isEqualTo(Duration.ofMillis(2_010));
        assertThat(violation.attempts()).isEqualTo(6);
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.passed()).isFalse();
            assertThat(r.measured()).isEqualTo(Duration.ofMillis(2_010));
        });
    }

    @Test
    void theMismatchOfAnAssertionIsShown() {
        SlaViolation violation = catchThrowableOfType(
                () -> sla(Duration.ofMillis(500)).untilAsserted(() -> "PENDING", status -> assertThat(status)
                        .isEqualTo("CONFIRMED")),
                SlaViolation.class);

        assertThat(violation.getMessage()).contains("Mismatch: expected: \"CONFIRMED\" but was: \"PENDING\"");
        assertThat(violation.getCause()).isNull();
    }

    @Test
    void aLateResultIsMeasuredWhenWaitingPastTheSla() {
        SlaViolation violation = catchThrowableOfType(
                () -> sla(Duration.ofSeconds(1))
                        .waitingUpTo(Duration.ofSeconds(10))
                        .pollEvery(Duration.ofMillis(250), Duration.ofMillis(250))
                        .until(() -> statusConfirmedAtLook(7), "CONFIRMED"::equals),
                SlaViolation.class);

        // Looks start every 250 ms; the 7th ends at 1.5 s + 50 ms.
        assertThat(violation.getMessage())
                .startsWith("SLA 'order confirmed' missed: met after 1.550s, SLA 1.000s (7 looks).\nObservation:"
                        + " CONFIRMED");
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.passed()).isFalse();
            assertThat(r.measured()).isEqualTo(Duration.ofMillis(1_550));
        });
    }

    @Test
    void aLongPollIsHandedTheTimeLeftSoItNeverOverrunsTheDeadline() {
        List<Duration> offered = new ArrayList<>();
        LongPoll<List<String>> receive = timeLeft -> {
            offered.add(timeLeft);
            time.sleep(timeLeft.compareTo(Duration.ofSeconds(20)) < 0 ? timeLeft : Duration.ofSeconds(20));
            return List.of();
        };

        SlaViolation violation = catchThrowableOfType(
                () -> sla(Duration.ofSeconds(30)).untilPolled(receive, events -> !events.isEmpty()),
                SlaViolation.class);

        assertThat(offered).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(10));
        assertThat(violation.measured()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theClockCanStartBeforeTheWait() {
        var sent = time.now();
        time.sleep(Duration.ofMillis(800));

        Observation<String> seen =
                sla(Duration.ofSeconds(1)).since(sent).until(() -> statusConfirmedAtLook(1), "CONFIRMED"::equals);

        assertThat(seen.latency()).isEqualTo(Duration.ofMillis(850));
    }

    @Test
    void holdsWatchesTheWholePeriod() {
        Observation<Integer> held = Sla.during(Duration.ofSeconds(3))
                .name("stock unchanged")
                .withTime(time)
                .recordingTo(records::add)
                .holds(() -> 5, stock -> stock == 5);

        assertThat(held.latency()).isEqualTo(Duration.ofSeconds(3));
        assertThat(held.attempts()).isGreaterThan(3);
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo("holds");
            assertThat(r.passed()).isTrue();
        });
    }

    @Test
    void holdsFailsAsSoonAsTheConditionBreaks() {
        SlaViolation violation = catchThrowableOfType(
                () -> Sla.during(Duration.ofSeconds(3))
                        .name("stock unchanged")
                        .withTime(time)
                        .recordingTo(records::add)
                        .holds(() -> looks.incrementAndGet() < 4 ? 5 : 4, stock -> stock == 5),
                SlaViolation.class);

        assertThat(violation.getMessage())
                .isEqualTo("SLA 'stock unchanged' missed: stopped holding after 700ms (must hold for 3.000s;"
                        + " look 4).\nObservation: 4");
        assertThat(time.slept()).isEqualTo(Duration.ofMillis(700));
    }

    @Test
    void neverFailsWhenItHappensAndPassesWhenItDoesNot() {
        Sla noSecondCharge = Sla.during(Duration.ofSeconds(2))
                .name("no second charge")
                .withTime(time)
                .recordingTo(records::add);
        Observation<Integer> quiet = noSecondCharge.never(() -> 1, charges -> charges > 1);
        assertThat(quiet.value()).isEqualTo(1);

        SlaViolation violation =
                catchThrowableOfType(() -> noSecondCharge.never(() -> 2, charges -> charges > 1), SlaViolation.class);
        assertThat(violation.getMessage())
                .startsWith("SLA 'no second charge' missed: happened after 0ms (must not happen within 2.000s;");
        assertThat(records).extracting(SlaRecord::passed).containsExactly(true, false);
    }

    @Test
    void anExceptionWhileWatchingFailsAtOnce() {
        SlaViolation violation = catchThrowableOfType(
                () -> Sla.during(Duration.ofSeconds(2))
                        .withTime(time)
                        .recordingTo(records::add)
                        .holds(
                                () -> {
                                    throw new IllegalStateException("table gone");
                                },
                                x -> true),
                SlaViolation.class);

        assertThat(violation.getMessage())
                .contains("SLA 'unnamed' missed: look 1 failed after 0ms of the 2.000s to watch.")
                .contains("Last exception (look 1): java.lang.IllegalStateException: table gone");
    }

    @Test
    void aRecordIsOneJsonLine() {
        SlaRecord record = new SlaRecord(
                "OrdersIT#confirms",
                "order \"confirmed\"\n",
                "within",
                Duration.ofSeconds(5),
                Duration.ofMillis(812),
                true,
                4,
                java.time.Instant.parse("2026-12-03T10:00:00Z"));

        assertThat(SlaFile.line(record))
                .isEqualTo(
                        "{\"test\":\"OrdersIT#confirms\",\"name\":\"order \\\"confirmed\\\"\\n\",\"kind\":\"within\","
                                + "\"slaMs\":5000,\"measuredMs\":812,\"passed\":true,\"attempts\":4,"
                                + "\"at\":\"2026-12-03T10:00:00Z\"}");
    }
}
