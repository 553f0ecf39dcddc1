package dev.cloudtest.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PollerTest {
    private final FakeTime time = new FakeTime();

    @Test
    void looksAgainWithADoublingPauseUntilTheAttemptHasAnOutcome() {
        Poller.Result<String> result = Poller.within(Duration.ofSeconds(10), time)
                .pauses(Duration.ofMillis(100), Duration.ofSeconds(1))
                .run(poll -> poll.number() == 4 ? Optional.of("ready") : Optional.empty());

        assertThat(result.outcome()).contains("ready");
        assertThat(result.attempts()).isEqualTo(4);
        assertThat(time.sleeps()).containsExactly(ms(100), ms(200), ms(400));
        assertThat(result.elapsed()).isEqualTo(ms(700));
        assertThat(result.timedOut()).isFalse();
    }

    @Test
    void thePauseIsCappedAndTheLastOneIsCutShortForALookAtTheDeadline() {
        List<Poller.Poll> polls = new ArrayList<>();
        Poller.Result<String> result = Poller.within(Duration.ofMillis(2_000), time)
                .pauses(Duration.ofMillis(100), Duration.ofMillis(500))
                .run(poll -> {
                    polls.add(poll);
                    return Optional.empty();
                });

        assertThat(result.timedOut()).isTrue();
        // 100 + 200 + 400 + 500 + 500 = 1700, then 300 to the deadline instead of 500.
        assertThat(time.sleeps()).containsExactly(ms(100), ms(200), ms(400), ms(500), ms(500), ms(300));
        assertThat(result.attempts()).isEqualTo(7);
        Poller.Poll last = polls.get(polls.size() - 1);
        assertThat(last.elapsed()).isEqualTo(ms(2_000));
        assertThat(last.timeLeft()).isZero();
        assertThat(result.elapsed()).isEqualTo(ms(2_000));
    }

    @Test
    void aBlockingAttemptIsGivenTheTimeLeftAndIsNotFollowedByAnExtraPause() {
        List<Duration> offered = new ArrayList<>();
        Poller.Result<String> result = Poller.within(Duration.ofSeconds(45), time)
                .pauses(Duration.ofSeconds(1), Duration.ofSeconds(5))
                .run(poll -> {
                    offered.add(poll.timeLeft());
                    // An SQS long poll: blocks up to 20 s, never longer than the time left.
                    time.sleep(
                            poll.timeLeft().compareTo(Duration.ofSeconds(20)) < 0
                                    ? poll.timeLeft()
                                    : Duration.ofSeconds(20));
                    return Optional.empty();
                });

        assertThat(offered).containsExactly(Duration.ofSeconds(45), Duration.ofSeconds(25), Duration.ofSeconds(5));
        // Only the attempt's own blocking: the loop added no pause, and it ended right at the deadline.
        assertThat(time.sleeps())
                .containsExactly(Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofSeconds(5));
        assertThat(result.elapsed()).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void aQuickAttemptWaitsOutOnlyTheRestOfThePause() {
        Poller.within(Duration.ofSeconds(10), time)
                .pauses(Duration.ofSeconds(1), Duration.ofSeconds(1))
                .run(poll -> {
                    time.sleep(ms(300));
                    return poll.number() == 2 ? Optional.of(true) : Optional.empty();
                });

        assertThat(time.sleeps()).containsExactly(ms(300), ms(700), ms(300));
    }

    @Test
    void aZeroBudgetLooksExactlyOnce() {
        Poller.Result<String> result = Poller.within(Duration.ZERO, time).run(poll -> Optional.empty());

        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.timedOut()).isTrue();
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void pausesThatCannotWorkAreRefused() {
        Poller poller = Poller.within(Duration.ofSeconds(1), time);
        assertThatThrownBy(() -> poller.pauses(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .hasMessageContaining("shorter than the first one");
        assertThatThrownBy(() -> Poller.within(Duration.ofSeconds(-1), time)).hasMessageContaining("negative");
    }

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }
}
