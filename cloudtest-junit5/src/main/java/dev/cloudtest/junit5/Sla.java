package dev.cloudtest.junit5;

import dev.cloudtest.core.Durations;
import dev.cloudtest.core.EnvironmentException;
import dev.cloudtest.core.Poller;
import dev.cloudtest.core.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Waiting with a deadline for something asynchronous, with the measured latency as the result: the test fails
 * with an {@link SlaViolation} (an opentest4j {@code AssertionFailedError}) that gives the figures, and every check
 * is recorded for {@code cloudtest:verify}'s SLA table.
 *
 * <pre>{@code
 * // Met within 5 s: polls with a capped backoff, returns what it saw, how long it took and how many looks.
 * Observation<String> confirmed = Sla.within(Duration.ofSeconds(5))
 *         .name("order confirmed")
 *         .until(() -> orderStatus(orderId), "CONFIRMED"::equals);
 * assertThat(confirmed.latency()).isLessThan(Duration.ofSeconds(5));
 *
 * // The same with AssertJ: an AssertionError means "not yet", and the last one is the mismatch shown.
 * Sla.within(Duration.ofSeconds(5)).name("order stored")
 *         .untilAsserted(() -> table.getItem(key), item -> assertThat(item.hasItem()).isTrue());
 *
 * // Keep looking up to 30 s to learn how late it was, but fail when later than 5 s.
 * Sla.within(Duration.ofSeconds(5)).waitingUpTo(Duration.ofSeconds(30)).name("invoice sent").until(...);
 *
 * // Stays true for 10 s; does not happen within 10 s.
 * Sla.during(Duration.ofSeconds(10)).name("stock unchanged").holds(() -> stock(sku), s -> s == 5);
 * Sla.during(Duration.ofSeconds(10)).name("no second charge").never(() -> charges(orderId), c -> c.size() > 1);
 *
 * // A blocking source (an SQS long poll) gets the time left and must not block longer.
 * Sla.within(Duration.ofSeconds(20)).name("OrderCreated seen")
 *         .untilPolled(timeLeft -> listener.receive(timeLeft), events -> !events.isEmpty());
 * }</pre>
 *
 * <p>Timing: the SLA clock starts when the wait starts, or at {@link #since(Instant)} (when the request was sent,
 * say). The latency is the time to the end of the look that met the condition, so it is never less than the real
 * latency and at most one look plus one pause more. Pauses start at 100 ms and double up to 1 s
 * ({@link #pollEvery(Duration, Duration)}); a pause is cut short at the deadline, where one last look is made.
 *
 * <p>Exceptions: while waiting with {@code until}, an exception (or an {@code AssertionError}) from a look means
 * "not yet", and the last one becomes the violation's cause. While watching with {@code holds}/{@code never}, it
 * fails at once: the condition cannot be shown to hold.
 *
 * <p>Instances are immutable; each method returns a new one.
 *
 * @since 0.1.0
 */
public final class Sla {
    static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    static final Duration MAX_PAUSE = Duration.ofSeconds(1);
    private static final int MAX_SHOWN = 500;

    private final Duration sla;
    private final Duration deadline;
    private final String name;
    private final Duration firstPause;
    private final Duration maxPause;
    private final Instant since;
    private final TimeSource time;
    private final SlaRecorder recorder;

    private Sla(
            Duration sla,
            Duration deadline,
            String name,
            Duration firstPause,
            Duration maxPause,
            Instant since,
            TimeSource time,
            SlaRecorder recorder) {
        this.sla = sla;
        this.deadline = deadline;
        this.name = name;
        this.firstPause = firstPause;
        this.maxPause = maxPause;
        this.since = since;
        this.time = time;
        this.recorder = recorder;
    }

    /** An SLA: what is waited for must happen within {@code sla}. */
    public static Sla within(Duration sla) {
        requirePositive(sla, "An SLA");
        return new Sla(sla, sla, "unnamed", FIRST_PAUSE, MAX_PAUSE, null, TimeSource.system(), SlaFile.shared());
    }

    /** A period to watch, for {@link #holds} and {@link #never}; the same as {@link #within}. */
    public static Sla during(Duration period) {
        return within(period);
    }

    /** The name shown in messages and in the SLA table, e.g. {@code "order confirmed"}. */
    public Sla name(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An SLA name must not be blank");
        }
        return new Sla(sla, deadline, name.strip(), firstPause, maxPause, since, time, recorder);
    }

    /**
     * Keeps looking after the SLA has passed, up to {@code deadline}, so a late result is measured (and reported
     * as late) instead of only "not within the SLA". Only for {@code until}.
     */
    public Sla waitingUpTo(Duration deadline) {
        if (deadline.compareTo(sla) < 0) {
            throw new IllegalArgumentException("The deadline (" + Durations.formatPrecise(deadline)
                    + ") is shorter than the SLA (" + Durations.formatPrecise(sla) + ")");
        }
        return new Sla(sla, deadline, name, firstPause, maxPause, since, time, recorder);
    }

    /** Pauses between looks: {@code first}, then doubling, at most {@code max} (default 100 ms up to 1 s). */
    public Sla pollEvery(Duration first, Duration max) {
        requirePositive(first, "The first pause");
        if (max.compareTo(first) < 0) {
            throw new IllegalArgumentException("The largest pause is shorter than the first one");
        }
        return new Sla(sla, deadline, name, first, max, since, time, recorder);
    }

    /** Starts the SLA clock at {@code start} (e.g. when the request was sent) instead of when the wait begins. */
    public Sla since(Instant start) {
        return new Sla(sla, deadline, name, firstPause, maxPause, Objects.requireNonNull(start), time, recorder);
    }

    /** The clock to use; tests of code that waits pass a fake one. */
    public Sla withTime(TimeSource time) {
        return new Sla(sla, deadline, name, firstPause, maxPause, since, Objects.requireNonNull(time), recorder);
    }

    /** Where the check is recorded (default: {@link SlaFile#shared()}, read by {@code cloudtest:verify}). */
    public Sla recordingTo(SlaRecorder recorder) {
        return new Sla(sla, deadline, name, firstPause, maxPause, since, time, Objects.requireNonNull(recorder));
    }

    public Duration sla() {
        return sla;
    }

    public String name() {
        return name;
    }

    /** Looks until {@code matches} accepts what {@code observe} returns; fails when that takes longer than the SLA. */
    public <T> Observation<T> until(Callable<T> observe, Predicate<? super T> matches) {
        return awaitMatch(timeLeft -> observe.call(), predicate(matches));
    }

    /** Looks until {@code check} (say, AssertJ assertions) passes on what {@code observe} returns. */
    public <T> Observation<T> untilAsserted(Callable<T> observe, Consumer<? super T> check) {
        return awaitMatch(timeLeft -> observe.call(), value -> {
            try {
                check.accept(value);
                return Optional.empty();
            } catch (AssertionError mismatch) {
                return Optional.of(oneLine(String.valueOf(mismatch.getMessage())));
            }
        });
    }

    /** Like {@link #until}, for a blocking source that is handed the time left (see {@link LongPoll}). */
    public <T> Observation<T> untilPolled(LongPoll<T> source, Predicate<? super T> matches) {
        return awaitMatch(source, predicate(matches));
    }

    /** Watches for the whole period; fails as soon as {@code condition} does not hold. */
    public <T> Observation<T> holds(Callable<T> observe, Predicate<? super T> condition) {
        return watch("holds", timeLeft -> observe.call(), value -> !condition.test(value));
    }

    /** Watches for the whole period; fails as soon as {@code happened} accepts an observation. */
    public <T> Observation<T> never(Callable<T> observe, Predicate<? super T> happened) {
        return watch("never", timeLeft -> observe.call(), happened::test);
    }

    /** Like {@link #never}, for a blocking source that is handed the time left. */
    public <T> Observation<T> neverPolled(LongPoll<T> source, Predicate<? super T> happened) {
        return watch("never", source, happened::test);
    }

    /** Returns a mismatch to show, or empty when the value matches. */
    private interface Check<T> {
        Optional<String> mismatch(T value);
    }

    private static <T> Check<T> predicate(Predicate<? super T> matches) {
        return value -> matches.test(value) ? Optional.empty() : Optional.of("the condition is not met");
    }

    /** What the looks saw, for the violation message. */
    private static final class Trail<T> {
        T last;
        boolean seen;
        int lastPoll;
        Duration lastAt = Duration.ZERO;
        String mismatch;
        Throwable exception;
        int exceptionPoll;
    }

    private <T> Observation<T> awaitMatch(LongPoll<T> source, Check<? super T> check) {
        Clock clock = startClock();
        Trail<T> trail = new Trail<>();
        Poller.Result<T> result = clock.poller(deadline).run(poll -> {
            T value;
            try {
                value = source.poll(poll.timeLeft());
            } catch (InterruptedException e) {
                throw interrupted(e);
            } catch (Exception | AssertionError e) {
                trail.exception = e;
                trail.exceptionPoll = poll.number();
                return Optional.empty();
            }
            Optional<String> mismatch;
            try {
                mismatch = check.mismatch(value);
            } catch (RuntimeException e) {
                trail.exception = e;
                trail.exceptionPoll = poll.number();
                mismatch = Optional.of("the check threw " + e.getClass().getSimpleName());
            }
            trail.seen = true;
            trail.last = value;
            trail.lastPoll = poll.number();
            trail.lastAt = clock.sinceStart();
            trail.mismatch = mismatch.orElse(null);
            return mismatch.isEmpty() ? Optional.of(value) : Optional.empty();
        });
        Duration measured = clock.sinceStart();
        boolean met = result.outcome().isPresent() && measured.compareTo(sla) <= 0;
        record("within", measured, met, result.attempts());
        if (met) {
            return new Observation<>(name, result.outcome().get(), measured, result.attempts(), sla);
        }
        String limit = deadline.equals(sla)
                ? Durations.formatPrecise(sla)
                : Durations.formatPrecise(deadline) + " (kept looking after the SLA of " + Durations.formatPrecise(sla)
                        + ")";
        StringBuilder message = new StringBuilder("SLA '" + name + "' missed: ");
        if (result.outcome().isPresent()) {
            message.append("met after ")
                    .append(Durations.formatPrecise(measured))
                    .append(", SLA ")
                    .append(Durations.formatPrecise(sla))
                    .append(" (")
                    .append(count(result.attempts(), "look"))
                    .append(").\nObservation: ")
                    .append(shown(trail.last));
        } else {
            message.append("not met within ")
                    .append(limit)
                    .append(" (waited ")
                    .append(Durations.formatPrecise(measured))
                    .append(", ")
                    .append(count(result.attempts(), "look"))
                    .append(").");
            if (trail.seen) {
                message.append("\nLast observation (look ")
                        .append(trail.lastPoll)
                        .append(" at ")
                        .append(Durations.formatPrecise(trail.lastAt))
                        .append("): ")
                        .append(shown(trail.last))
                        .append("\nMismatch: ")
                        .append(trail.mismatch);
            } else {
                message.append("\nNo look returned an observation.");
            }
        }
        appendException(message, trail);
        throw new SlaViolation(message.toString(), name, sla, measured, result.attempts(), trail.exception);
    }

    private <T> Observation<T> watch(String kind, LongPoll<T> source, Predicate<? super T> broken) {
        Clock clock = startClock();
        Trail<T> trail = new Trail<>();
        Poller.Result<Boolean> result = clock.poller(sla).run(poll -> {
            trail.lastPoll = poll.number();
            try {
                T value = source.poll(poll.timeLeft());
                trail.seen = true;
                trail.last = value;
                return broken.test(value) ? Optional.of(true) : Optional.empty();
            } catch (InterruptedException e) {
                throw interrupted(e);
            } catch (Exception | AssertionError e) {
                trail.exception = e;
                trail.exceptionPoll = poll.number();
                return Optional.of(true);
            }
        });
        Duration measured = clock.sinceStart();
        boolean passed = result.timedOut();
        record(kind, passed ? sla : measured, passed, result.attempts());
        if (passed) {
            return new Observation<>(name, trail.last, measured, result.attempts(), sla);
        }
        String what = kind.equals("holds") ? "stopped holding" : "happened";
        StringBuilder message = new StringBuilder("SLA '" + name + "' missed: ");
        if (trail.exception != null) {
            message.append("look ")
                    .append(trail.lastPoll)
                    .append(" failed after ")
                    .append(Durations.formatPrecise(measured))
                    .append(" of the ")
                    .append(Durations.formatPrecise(sla))
                    .append(" to watch.");
        } else {
            message.append(what)
                    .append(" after ")
                    .append(Durations.formatPrecise(measured))
                    .append(" (")
                    .append(kind.equals("holds") ? "must hold for " : "must not happen within ")
                    .append(Durations.formatPrecise(sla))
                    .append("; look ")
                    .append(result.attempts())
                    .append(").\nObservation: ")
                    .append(shown(trail.last));
        }
        appendException(message, trail);
        throw new SlaViolation(message.toString(), name, sla, measured, result.attempts(), trail.exception);
    }

    /**
     * Checks a duration measured elsewhere (a trace segment's, a log's) against the SLA and records it like the
     * waits; fails with both figures when it is longer.
     *
     * @param what what was measured, shown in the failure (e.g. the segment)
     */
    public Observation<Duration> measured(Duration measured, String what) {
        boolean met = measured.compareTo(sla) <= 0;
        record("measured", measured, met, 1);
        if (!met) {
            throw new SlaViolation(
                    "SLA '" + name + "' missed: " + what + " took " + Durations.formatPrecise(measured) + ", SLA "
                            + Durations.formatPrecise(sla) + ".",
                    name,
                    sla,
                    measured,
                    1,
                    null);
        }
        return new Observation<>(name, measured, measured, 1, sla);
    }

    private void record(String kind, Duration measured, boolean passed, int attempts) {
        recorder.record(new SlaRecord(CurrentTest.id(), name, kind, sla, measured, passed, attempts, time.now()));
    }

    private static void appendException(StringBuilder message, Trail<?> trail) {
        if (trail.exception != null) {
            message.append("\nLast exception (look ")
                    .append(trail.exceptionPoll)
                    .append("): ")
                    .append(oneLine(trail.exception.toString()));
        }
    }

    /** The SLA clock: started now, or at {@link #since}. */
    private final class Clock {
        private final Instant start;

        Clock(Instant start) {
            this.start = start;
        }

        Duration sinceStart() {
            return Duration.between(start, time.now());
        }

        Poller poller(Duration budget) {
            Duration left = budget.minus(sinceStart());
            return Poller.within(left.isNegative() ? Duration.ZERO : left, time).pauses(firstPause, maxPause);
        }
    }

    private Clock startClock() {
        return new Clock(since == null ? time.now() : since);
    }

    private static EnvironmentException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        return new EnvironmentException("Interrupted while waiting", e);
    }

    static String shown(Object value) {
        String text = oneLine(String.valueOf(value));
        return text.length() > MAX_SHOWN
                ? text.substring(0, MAX_SHOWN) + "... (" + text.length() + " characters)"
                : text;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static void requirePositive(Duration duration, String what) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(what + " must be a positive duration, not " + duration);
        }
    }
}
