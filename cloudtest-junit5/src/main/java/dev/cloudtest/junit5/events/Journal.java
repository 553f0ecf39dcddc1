package dev.cloudtest.junit5.events;

import dev.cloudtest.junit5.Observation;
import dev.cloudtest.junit5.Sla;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The journal behind every listener and tap, and the waits on it: whatever the source delivers is kept once per
 * id, so several waits (and tests) see the same items and an item that did not match one wait is still there for
 * the next — unlike IATK, which deletes what it polls. Waits see the items of the current window. Bounded: past
 * {@link #CAPACITY} items the oldest are dropped.
 */
final class Journal<T extends Received> {
    static final int CAPACITY = 10_000;

    /** One long poll of the source, cut to the time left; returns what arrived (the journal keeps it). */
    interface Source<T> {
        List<T> receive(Duration timeLeft);
    }

    private final Source<T> source;
    private final Map<String, T> entries = new LinkedHashMap<>();
    private Instant windowStart = Instant.now();

    Journal(Source<T> source) {
        this.source = source;
    }

    /** Starts a new window: later waits see only items from now on. */
    synchronized void newWindow() {
        windowStart = Instant.now();
    }

    synchronized Instant windowStart() {
        return windowStart;
    }

    /** Keeps an item (once per id), dropping the oldest past the capacity. */
    synchronized void keep(T item) {
        entries.putIfAbsent(item.id(), item);
        if (entries.size() > CAPACITY) {
            Iterator<String> oldest = entries.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
    }

    /** The items of the current window, oldest first. */
    synchronized List<T> inWindow() {
        return entries.values().stream()
                .filter(e -> !e.at().isBefore(windowStart))
                .toList();
    }

    Observation<T> expectOne(String name, Duration sla, Predicate<? super T> matching) {
        Observation<List<T>> seen = expectAtLeast(name, sla, 1, matching);
        return new Observation<>(seen.name(), seen.value().get(0), seen.latency(), seen.attempts(), seen.sla());
    }

    Observation<List<T>> expectExactly(String name, Duration sla, int n, Predicate<? super T> matching) {
        if (n < 1) {
            // "Exactly 0 within the SLA" would pass at the first look, before anything had time to arrive.
            throw new IllegalArgumentException("expectExactly('" + name + "', " + n + "): to check that nothing"
                    + " matching arrives, use expectNone(name, period, matching), which watches the whole period.");
        }
        Observation<List<T>> seen = expectAtLeast(name, sla, n, matching);
        if (seen.value().size() != n) {
            throw new AssertionError("Expected exactly " + n + " for '" + name + "' but saw "
                    + seen.value().size() + ": " + seen.value());
        }
        return seen;
    }

    Observation<List<T>> expectNone(String name, Duration period, Predicate<? super T> matching) {
        return Sla.during(period)
                .name(name)
                .neverPolled(timeLeft -> look(timeLeft, matching), found -> !found.isEmpty());
    }

    private Observation<List<T>> expectAtLeast(String name, Duration sla, int n, Predicate<? super T> matching) {
        return Sla.within(sla)
                .name(name)
                .since(windowStart())
                .untilPolled(timeLeft -> look(timeLeft, matching), found -> found.size() >= n);
    }

    /** One look: what the source has now (waiting up to the time left), then the window's matches. */
    private Matches<T> look(Duration timeLeft, Predicate<? super T> matching) {
        source.receive(timeLeft).forEach(this::keep);
        List<T> window = inWindow();
        return new Matches<>(window.stream().filter(matching).toList(), window, datedBeforeWindow(), windowStart());
    }

    /**
     * Items received since the window started but dated (by the service) before it: leftovers of an earlier run,
     * or, when only milliseconds before, this machine's clock running ahead of AWS's. Named in a miss's message.
     */
    private synchronized List<Instant> datedBeforeWindow() {
        return entries.values().stream()
                .filter(e -> e.at().isBefore(windowStart) && !e.receivedAt().isBefore(windowStart))
                .map(Received::at)
                .toList();
    }

    /**
     * The matching items, shown in a missed SLA's message with what else the window held, so a near miss (a
     * wrong id, a wrong type) is visible.
     */
    static final class Matches<T> extends AbstractList<T> {
        private final List<T> matching;
        private final List<T> window;
        private final List<Instant> datedBefore;
        private final Instant windowStart;

        Matches(List<T> matching, List<T> window, List<Instant> datedBefore, Instant windowStart) {
            this.matching = matching;
            this.window = window;
            this.datedBefore = datedBefore;
            this.windowStart = windowStart;
        }

        @Override
        public T get(int index) {
            return matching.get(index);
        }

        @Override
        public int size() {
            return matching.size();
        }

        @Override
        public String toString() {
            List<T> others = new ArrayList<>(window);
            others.removeAll(matching);
            String shown = others.stream()
                    .skip(Math.max(0, others.size() - 3))
                    .map(String::valueOf)
                    .toList()
                    .toString();
            return matching.size() + " matching " + matching + " of " + window.size() + " in the window"
                    + (others.isEmpty() ? "" : "; the latest others: " + shown)
                    + (datedBefore.isEmpty() ? "" : "; " + datedBeforeNote());
        }

        private String datedBeforeNote() {
            Duration latest = datedBefore.stream()
                    .map(at -> Duration.between(at, windowStart))
                    .min(Duration::compareTo)
                    .orElseThrow();
            return datedBefore.size() + " more received since the window started but dated before it (the latest "
                    + latest.toMillis() + "ms before): leftovers of an earlier run, or, if that is milliseconds,"
                    + " this machine's clock is ahead of AWS's (sync it with NTP)";
        }
    }
}
