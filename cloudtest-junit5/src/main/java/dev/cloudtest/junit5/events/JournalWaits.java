package dev.cloudtest.junit5.events;

import dev.cloudtest.junit5.Observation;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * The waits every listener and tap offers, on its journal: what was received keeps, so several waits (and tests)
 * see the same items, and each wait sees the items of the current window.
 *
 * @param <T> what the listener receives
 * @since 0.1.0
 */
public abstract class JournalWaits<T extends Received> {
    final Journal<T> journal = new Journal<>(this::poll);

    JournalWaits() {}

    /** One look at the source, blocking at most {@code timeLeft}: what arrived, for the journal. */
    abstract List<T> poll(Duration timeLeft);

    /** Starts a new window: later waits see only what arrives from now on (call it in {@code @BeforeEach}). */
    public void newWindow() {
        journal.newWindow();
    }

    /** Everything of the current window received so far, oldest first. */
    public List<T> received() {
        return journal.inWindow();
    }

    /**
     * Waits until one item of the window matches; fails with an SlaViolation giving the figures (and the window's
     * other items) otherwise.
     */
    public Observation<T> expectOne(String name, Duration sla, Predicate<? super T> matching) {
        return journal.expectOne(name, sla, matching);
    }

    /** Waits until exactly {@code n} (at least 1) items match; more fail at once: they cannot become fewer. */
    public Observation<List<T>> expectExactly(String name, Duration sla, int n, Predicate<? super T> matching) {
        return journal.expectExactly(name, sla, n, matching);
    }

    /** Watches for {@code period}: no item of the window may match. */
    public Observation<List<T>> expectNone(String name, Duration period, Predicate<? super T> matching) {
        return journal.expectNone(name, period, matching);
    }
}
