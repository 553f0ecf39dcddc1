package dev.cloudtest.pool;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where leases live. Every write is one atomic conditional write on one slot: it happens only when the slot is
 * still what the caller read (state and fence) or still leased to the caller (lease id), and says whether it
 * happened. Implementations: DynamoDB (cloudtest-aws), in memory (tests).
 */
public interface LeaseStore {
    /** Every slot of the pool, read consistently. */
    List<Slot> slots(String pool);

    /** FREE with the fence {@code seen} had → LEASED to {@code terms}, fence + 1. Empty when someone was faster. */
    Optional<Slot> acquire(Slot seen, LeaseTerms terms);

    /**
     * Held with the fence {@code seen} had and expired before {@code staleBefore} → LEASED to {@code terms}, fence
     * + 1, deployedCommit cleared (the old holder may have been mid-deploy), takenOverFrom recorded.
     */
    Optional<Slot> takeOver(Slot seen, LeaseTerms terms, Instant staleBefore);

    /** A new slot, PROVISIONING and leased to {@code terms}, only if no slot of that name exists. */
    Optional<Slot> create(String pool, String slot, String stackName, LeaseTerms terms);

    /** Moves the expiry of a lease still held by {@code leaseId}. */
    boolean renew(String pool, String slot, String leaseId, Instant now, Instant expiresAt);

    /** Ends the lease held by {@code leaseId}: the slot becomes {@code to} (FREE or BROKEN). */
    boolean release(String pool, String slot, String leaseId, SlotState to, String outcome, Instant now);

    /** An operator's release of whatever lease has {@code fence} (the fence proves they looked at it). */
    boolean forceRelease(String pool, String slot, long fence, Instant now);

    /** Records the commit deployed to a slot still held by {@code leaseId}; {@code commit} null clears it. */
    boolean recordDeployed(String pool, String slot, String leaseId, String commit, String deployKey, Instant now);

    /**
     * Before a deploy of {@code commit} to a slot still held by {@code leaseId}: records {@code deployingCommit} and
     * clears {@code deployedCommit} and {@code deployKey}, so a deploy that never finishes makes the next holder
     * deploy again.
     *
     * @since 0.1.0
     */
    boolean beginDeploy(String pool, String slot, String leaseId, String commit, Instant now);

    /**
     * Unheld with the state and fence {@code seen} had (FREE or BROKEN, or RETIRING under a lease that expired
     * before {@code staleBefore}: a shrink that died mid-delete) → RETIRING, leased to {@code terms}, fence + 1.
     * Empty when the slot changed meanwhile (e.g. a job acquired it), so a held slot is never retired.
     *
     * @since 0.1.0
     */
    Optional<Slot> retire(Slot seen, LeaseTerms terms, Instant staleBefore);

    /**
     * Deletes a slot that is still RETIRING under {@code leaseId} (its stack is gone).
     *
     * @since 0.1.0
     */
    boolean delete(String pool, String slot, String leaseId);
}
