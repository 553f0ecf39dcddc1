package dev.cloudtest.junit5.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.MissingNode;
import dev.cloudtest.junit5.SlaViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The journal every listener and tap shares, fed by a scripted source: one batch per look. */
class JournalTest {
    private final List<List<ReceivedMessage>> batches = new ArrayList<>();
    private final Journal<ReceivedMessage> journal =
            new Journal<>(timeLeft -> batches.isEmpty() ? List.of() : batches.remove(0));

    private static ReceivedMessage message(String id, Instant sentAt) {
        return new ReceivedMessage(id, "body-" + id, Map.of(), sentAt, Instant.now(), MissingNode.getInstance());
    }

    private static ReceivedMessage message(String id) {
        return message(id, Instant.now());
    }

    @Test
    void anItemSeenOnSeveralLooksIsKeptOnceAndANonMatchStaysForTheNextWait() {
        ReceivedMessage a = message("a");
        batches.add(List.of(a));
        batches.add(List.of(a, message("b")));

        journal.expectOne("b", Duration.ofSeconds(2), m -> m.id().equals("b"));
        journal.expectOne("a, which did not match the first wait", Duration.ofMillis(200), m -> m.id().equals("a"));

        assertThat(journal.inWindow()).extracting(ReceivedMessage::id).containsExactly("a", "b");
    }

    @Test
    void moreMatchesThanExpectedFailAndExactlyZeroPointsToExpectNone() {
        batches.add(List.of(message("a"), message("b")));

        assertThatThrownBy(() -> journal.expectExactly("one order", Duration.ofSeconds(1), 1, m -> true))
                .hasMessageContaining("Expected exactly 1 for 'one order' but saw 2");
        assertThatThrownBy(() -> journal.expectExactly("nothing", Duration.ofSeconds(1), 0, m -> true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("use expectNone");
    }

    @Test
    void aNewWindowHidesWhatCameBeforeAndALeftoverReceivedLaterNeverMatches() throws InterruptedException {
        batches.add(List.of(message("old")));
        journal.expectOne("old", Duration.ofSeconds(1), m -> true);
        Instant beforeTheWindow = Instant.now();
        Thread.sleep(5);

        journal.newWindow();
        batches.add(List.of(message("leftover", beforeTheWindow)));

        assertThatThrownBy(() -> journal.expectOne("leftover", Duration.ofMillis(300), m -> true))
                .isInstanceOf(SlaViolation.class)
                .hasMessageContaining("0 matching [] of 0 in the window; 1 more received since the window started"
                        + " but dated before it (the latest ")
                .hasMessageContaining("this machine's clock is ahead of AWS's");
        assertThat(journal.inWindow()).isEmpty();
    }

    @Test
    void theJournalIsBoundedDroppingTheOldest() {
        List<ReceivedMessage> many = new ArrayList<>();
        for (int i = 0; i < Journal.CAPACITY + 5; i++) {
            many.add(message("m" + i));
        }
        batches.add(many);

        journal.expectOne("the last", Duration.ofSeconds(2), m -> m.id().equals("m" + (Journal.CAPACITY + 4)));

        assertThat(journal.inWindow()).hasSize(Journal.CAPACITY);
        assertThat(journal.inWindow().get(0).id()).isEqualTo("m5");
    }
}
