package dev.cloudtest.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The one waiting loop: asks an {@link Attempt} again and again until it returns an outcome or the time budget is
 * spent, pausing between attempts with a doubling backoff capped at a maximum.
 *
 * <ul>
 *   <li>Each attempt is told the time left, so a blocking source (an SQS long poll, say) can cut its own wait to it.
 *   <li>The pause after an attempt is the backoff minus the time the attempt itself took: a long poll that blocked
 *       for its whole wait is asked again at once, a quick look waits out the backoff.
 *   <li>A pause is cut short at the end of the budget, and the loop then looks once more, so the last attempt sees
 *       the state at the deadline (a zero budget means exactly one attempt).
 *   <li>Time comes from a {@link TimeSource}: tests drive the loop with a fake clock and never really sleep.
 * </ul>
 *
 * <pre>{@code
 * Poller.Result<Stack> ready = Poller.within(Duration.ofMinutes(15), TimeSource.system())
 *         .pauses(Duration.ofSeconds(1), Duration.ofSeconds(10))
 *         .run(poll -> describe(stackName).filter(Stack::isReady));
 * Stack stack = ready.outcome().orElseThrow(() -> new UserFixableException(
 *         "Stack not ready after " + Durations.format(ready.elapsed()) + " (" + ready.attempts() + " looks)"));
 * }</pre>
 *
 * <p>The loop does not catch exceptions: an attempt that wants to treat one as "not yet" catches it itself.
 */
public final class Poller {
    /** First pause when none is given. */
    public static final Duration DEFAULT_FIRST_PAUSE = Duration.ofMillis(100);
    /** Largest pause when none is given. */
    public static final Duration DEFAULT_MAX_PAUSE = Duration.ofSeconds(2);

    private final TimeSource time;
    private final Duration budget;
    private final Duration firstPause;
    private final Duration maxPause;

    private Poller(TimeSource time, Duration budget, Duration firstPause, Duration maxPause) {
        this.time = Objects.requireNonNull(time, "time");
        this.budget = requireNotNegative(budget, "budget");
        this.firstPause = requireNotNegative(firstPause, "first pause");
        this.maxPause = requireNotNegative(maxPause, "max pause");
        if (maxPause.compareTo(firstPause) < 0) {
            throw new IllegalArgumentException("The largest pause (" + Durations.format(maxPause)
                    + ") is shorter than the first one (" + Durations.format(firstPause) + ")");
        }
    }

    /** A loop that gives up after {@code budget}, with the default pauses (100 ms doubling up to 2 s). */
    public static Poller within(Duration budget, TimeSource time) {
        return new Poller(time, budget, DEFAULT_FIRST_PAUSE, DEFAULT_MAX_PAUSE);
    }

    /** The same loop pausing {@code first}, then twice as long each time, never more than {@code max}. */
    public Poller pauses(Duration first, Duration max) {
        return new Poller(time, budget, first, max);
    }

    public Duration budget() {
        return budget;
    }

    public TimeSource time() {
        return time;
    }

    /** Runs attempts until one returns an outcome or the budget is spent. */
    public <T> Result<T> run(Attempt<T> attempt) {
        Instant start = time.now();
        Instant end = start.plus(budget);
        Duration pause = firstPause;
        int number = 0;
        while (true) {
            number++;
            Instant before = time.now();
            Duration left = positive(Duration.between(before, end));
            Optional<T> outcome = Objects.requireNonNull(
                    attempt.attempt(new Poll(number, Duration.between(start, before), left)),
                    "an attempt returned null instead of Optional.empty()");
            Instant after = time.now();
            if (outcome.isPresent()) {
                return new Result<>(outcome, number, Duration.between(start, after));
            }
            if (!after.isBefore(end)) {
                return new Result<>(Optional.empty(), number, Duration.between(start, after));
            }
            Duration rest = pause.minus(Duration.between(before, after));
            Duration untilEnd = Duration.between(after, end);
            Duration sleep = rest.compareTo(untilEnd) < 0 ? rest : untilEnd;
            if (!sleep.isNegative() && !sleep.isZero()) {
                time.sleep(sleep);
            }
            pause = Durations.doubledUpTo(pause, maxPause);
        }
    }

    /** One look; returns the outcome to stop the loop, or empty to look again. */
    @FunctionalInterface
    public interface Attempt<T> {
        Optional<T> attempt(Poll poll);
    }

    /**
     * What an attempt knows about the loop.
     *
     * @param number 1 for the first attempt
     * @param elapsed time since the loop started
     * @param timeLeft time until the budget is spent (zero for the look at the deadline); cut blocking calls to it
     */
    public record Poll(int number, Duration elapsed, Duration timeLeft) {}

    /**
     * How the loop ended.
     *
     * @param outcome the attempt's outcome, or empty when the budget ran out first
     * @param attempts how many attempts ran
     * @param elapsed from the start of the loop to the end of the last attempt
     */
    public record Result<T>(Optional<T> outcome, int attempts, Duration elapsed) {
        public boolean timedOut() {
            return outcome.isEmpty();
        }
    }

    private static Duration positive(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }

    private static Duration requireNotNegative(Duration duration, String what) {
        if (Objects.requireNonNull(duration, what).isNegative()) {
            throw new IllegalArgumentException("The " + what + " is negative: " + duration);
        }
        return duration;
    }
}
