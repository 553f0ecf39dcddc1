package dev.cloudtest.pool;

import java.time.Instant;

/**
 * One pool slot as the store holds it: the stack it names, its state, and the lease on it. {@code fence} rises on
 * every acquire, takeover and retire, so a holder's fence says which lease it was; {@code leaseId} is the
 * holder's secret, which every write by the holder is conditioned on.
 */
public record Slot(
        String pool,
        String slot,
        String stackName,
        SlotState state,
        long fence,
        String leaseId,
        String holder,
        String branch,
        String commit,
        Instant acquiredAt,
        Instant expiresAt,
        String deployedCommit,
        String deployKey,
        Instant lastReleasedAt,
        String lastOutcome,
        String takenOverFrom) {

    /** Held and not yet expired at {@code now}. */
    public boolean heldAt(Instant now) {
        return (state == SlotState.LEASED || state == SlotState.PROVISIONING)
                && expiresAt != null
                && expiresAt.isAfter(now);
    }

    /** Whether a taker may take it over at {@code now}: held, and expired for longer than {@code grace}. */
    public boolean staleAt(Instant now, java.time.Duration grace) {
        return (state == SlotState.LEASED || state == SlotState.PROVISIONING)
                && expiresAt != null
                && expiresAt.isBefore(now.minus(grace));
    }
}
