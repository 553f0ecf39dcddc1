package dev.cloudtest.core;

import java.time.Duration;
import java.time.Instant;

/** Wall-clock time and sleeping, behind an interface so waiting loops are tested without waiting. */
public interface TimeSource {
    Instant now();

    /** Sleeps; an interrupt becomes an {@link EnvironmentException} with the interrupt flag kept. */
    void sleep(Duration duration);

    /** The real clock. */
    static TimeSource system() {
        return new TimeSource() {
            @Override
            public Instant now() {
                return Instant.now();
            }

            @Override
            public void sleep(Duration duration) {
                try {
                    Thread.sleep(Math.max(0, duration.toMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new EnvironmentException("Interrupted while waiting", e);
                }
            }
        };
    }
}
