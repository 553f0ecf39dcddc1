package dev.cloudtest.core;

import java.time.Duration;
import java.time.Instant;

/** A point in time a waiting loop must not pass; sleeps are cut short so the loop looks once more at the end. */
public final class Deadline {
    private final TimeSource time;
    private final Instant start;
    private final Instant end;

    private Deadline(TimeSource time, Duration budget) {
        this.time = time;
        this.start = time.now();
        this.end = start.plus(budget);
    }

    public static Deadline after(TimeSource time, Duration budget) {
        return new Deadline(time, budget);
    }

    public boolean passed() {
        return !time.now().isBefore(end);
    }

    public Duration elapsed() {
        return Duration.between(start, time.now());
    }

    /** Sleeps for {@code interval}, or until the deadline if that comes first. */
    public void sleep(Duration interval) {
        Duration left = Duration.between(time.now(), end);
        if (left.isNegative() || left.isZero()) {
            return;
        }
        time.sleep(interval.compareTo(left) < 0 ? interval : left);
    }
}
