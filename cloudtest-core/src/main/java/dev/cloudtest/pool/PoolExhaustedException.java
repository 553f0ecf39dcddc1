package dev.cloudtest.pool;

import dev.cloudtest.core.Durations;
import dev.cloudtest.core.UserFixableException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** No slot became free within the acquire timeout; names the holders so a dead one can be force-released. */
public final class PoolExhaustedException extends UserFixableException {
    private final List<Slot> slots;

    PoolExhaustedException(StackPool.Settings settings, List<Slot> slots, Duration waited) {
        super("No stack became free in pool '" + settings.pool() + "' within " + Durations.format(waited) + " ("
                + slots.size() + " of max " + settings.maxSize() + " slots). Holders: "
                + slots.stream()
                        .map(s -> s.stackName() + " " + s.state() + " " + (s.holder() == null ? "" : s.holder())
                                + " fence " + s.fence() + (s.expiresAt() == null ? "" : " expires " + s.expiresAt()))
                        .collect(Collectors.joining("; "))
                + ". Raise the pool's maxSize or acquireTimeout, or force-release a lease you know is dead with its"
                + " fence.");
        this.slots = List.copyOf(slots);
    }

    public List<Slot> slots() {
        return slots;
    }
}
