package dev.cloudtest.junit5.events;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Keeps a live harness's {@value HarnessTags#ALIVE} tag fresh while the test polls it (at most once every
 * {@link #EVERY}), so a {@link HarnessSweeper} spares a harness in use however long ago it was created. A failed
 * touch (a missing tag permission, a throttled call) never fails the test: it is logged once and tried again at
 * the next poll that is due.
 */
final class HarnessHeartbeat {
    static final Duration EVERY = Duration.ofMinutes(5);
    private static final System.Logger LOG = System.getLogger(HarnessHeartbeat.class.getName());

    private final Runnable touch;
    private final Supplier<Instant> clock;
    private Instant last;
    private boolean warned;

    HarnessHeartbeat(Instant created, Runnable touch) {
        this(created, touch, Instant::now);
    }

    HarnessHeartbeat(Instant created, Runnable touch, Supplier<Instant> clock) {
        this.touch = touch;
        this.clock = clock;
        this.last = created;
    }

    /** Called at every poll: touches the tags when the last touch is {@link #EVERY} old. */
    synchronized void onPoll() {
        Instant now = clock.get();
        if (Duration.between(last, now).compareTo(EVERY) < 0) {
            return;
        }
        try {
            touch.run();
            last = now;
        } catch (RuntimeException e) {
            if (!warned) {
                warned = true;
                LOG.log(
                        System.Logger.Level.WARNING,
                        "Could not refresh the " + HarnessTags.ALIVE + " tag of a cloudtest harness (" + e.getMessage()
                                + "): a HarnessSweeper may take it for a leftover once it is older than its age."
                                + " Allow sqs:TagQueue and events:TagResource.");
            }
        }
    }
}
