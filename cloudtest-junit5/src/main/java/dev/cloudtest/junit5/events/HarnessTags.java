package dev.cloudtest.junit5.events;

import java.time.Instant;
import java.util.Map;

/**
 * The tags every harness resource carries, so a sweeper can find leftovers of crashed runs by age — and never a
 * live harness of a parallel run, which is younger.
 */
final class HarnessTags {
    static final String HARNESS = "cloudtest:harness";
    static final String RUN = "cloudtest:run";
    static final String CREATED = "cloudtest:created";
    /** Refreshed while the harness is polled ({@link HarnessHeartbeat}): epoch seconds of the last sign of life. */
    static final String ALIVE = "cloudtest:alive";
    /** Resource names start with this, within AWS's limits (rules 64, queues 80 characters). */
    static final String NAME_PREFIX = "cloudtest-h-";

    /** One id per test JVM, so resources of one run can be told apart. */
    static final String RUN_ID = Long.toString(ProcessHandle.current().pid(), 36)
            + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    private HarnessTags() {}

    /** The tag that says the harness was in use at {@code now}. */
    static Map<String, String> alive(Instant now) {
        return Map.of(ALIVE, Long.toString(now.getEpochSecond()));
    }

    static Map<String, String> of(String harnessId, Instant created) {
        return Map.of(HARNESS, harnessId, RUN, RUN_ID, CREATED, Long.toString(created.getEpochSecond()));
    }
}
