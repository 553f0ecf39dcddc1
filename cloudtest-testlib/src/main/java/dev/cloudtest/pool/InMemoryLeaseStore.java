package dev.cloudtest.pool;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** A {@link LeaseStore} in memory with the same conditional-write semantics as the DynamoDB one, for unit tests. */
public final class InMemoryLeaseStore implements LeaseStore {
    private final Map<String, Slot> slots = new TreeMap<>();

    @Override
    public synchronized List<Slot> slots(String pool) {
        return new ArrayList<>(
                slots.values().stream().filter(s -> s.pool().equals(pool)).toList());
    }

    /** Puts a slot as it is (test setup). */
    public synchronized InMemoryLeaseStore put(Slot slot) {
        slots.put(key(slot.pool(), slot.slot()), slot);
        return this;
    }

    @Override
    public synchronized Optional<Slot> acquire(Slot seen, LeaseTerms t) {
        return update(
                seen.pool(),
                seen.slot(),
                s -> s.state() == SlotState.FREE && s.fence() == seen.fence(),
                s -> leased(s, t, s.deployedCommit(), s.deployKey(), null));
    }

    @Override
    public synchronized Optional<Slot> takeOver(Slot seen, LeaseTerms t, Instant staleBefore) {
        return update(
                seen.pool(),
                seen.slot(),
                s -> (s.state() == SlotState.LEASED || s.state() == SlotState.PROVISIONING)
                        && s.fence() == seen.fence()
                        && s.expiresAt().isBefore(staleBefore),
                s -> leased(s, t, null, null, s.holder()));
    }

    @Override
    public synchronized Optional<Slot> create(String pool, String slot, String stackName, LeaseTerms t) {
        if (slots.containsKey(key(pool, slot))) {
            return Optional.empty();
        }
        Slot created = new Slot(
                pool,
                slot,
                stackName,
                SlotState.PROVISIONING,
                1,
                t.leaseId(),
                t.holder(),
                t.branch(),
                t.commit(),
                t.now(),
                t.expiresAt(),
                null,
                null,
                null,
                null,
                null);
        slots.put(key(pool, slot), created);
        return Optional.of(created);
    }

    @Override
    public synchronized boolean renew(String pool, String slot, String leaseId, Instant now, Instant expiresAt) {
        return update(
                        pool,
                        slot,
                        s -> leaseId.equals(s.leaseId()) && held(s),
                        s -> with(
                                s,
                                s.state(),
                                s.leaseId(),
                                s.holder(),
                                expiresAt,
                                s.deployedCommit(),
                                s.deployKey(),
                                s.lastReleasedAt(),
                                s.lastOutcome()))
                .isPresent();
    }

    @Override
    public synchronized boolean release(
            String pool, String slot, String leaseId, SlotState to, String outcome, Instant now) {
        return update(
                        pool,
                        slot,
                        s -> leaseId.equals(s.leaseId()),
                        s -> with(s, to, null, null, null, s.deployedCommit(), s.deployKey(), now, outcome))
                .isPresent();
    }

    @Override
    public synchronized boolean forceRelease(String pool, String slot, long fence, Instant now) {
        return update(
                        pool,
                        slot,
                        s -> s.fence() == fence,
                        s -> with(s, SlotState.FREE, null, null, null, null, null, now, "ABORTED"))
                .isPresent();
    }

    @Override
    public synchronized boolean recordDeployed(
            String pool, String slot, String leaseId, String commit, String deployKey, Instant now) {
        return update(
                        pool,
                        slot,
                        s -> leaseId.equals(s.leaseId()),
                        s -> with(
                                s,
                                SlotState.LEASED,
                                s.leaseId(),
                                s.holder(),
                                s.expiresAt(),
                                commit,
                                commit == null ? null : deployKey,
                                s.lastReleasedAt(),
                                s.lastOutcome()))
                .isPresent();
    }

    @Override
    public synchronized boolean beginDeploy(String pool, String slot, String leaseId, String commit, Instant now) {
        return recordDeployed(pool, slot, leaseId, null, null, now);
    }

    @Override
    public synchronized Optional<Slot> retire(Slot seen, LeaseTerms t, Instant staleBefore) {
        return update(
                seen.pool(),
                seen.slot(),
                s -> s.state() == seen.state()
                        && (s.state() == SlotState.FREE
                                || s.state() == SlotState.BROKEN
                                || (s.state() == SlotState.RETIRING
                                        && s.expiresAt() != null
                                        && s.expiresAt().isBefore(staleBefore)))
                        && s.fence() == seen.fence(),
                s -> new Slot(
                        s.pool(),
                        s.slot(),
                        s.stackName(),
                        SlotState.RETIRING,
                        s.fence() + 1,
                        t.leaseId(),
                        t.holder(),
                        s.branch(),
                        s.commit(),
                        t.now(),
                        t.expiresAt(),
                        null,
                        null,
                        s.lastReleasedAt(),
                        s.lastOutcome(),
                        null));
    }

    @Override
    public synchronized boolean delete(String pool, String slot, String leaseId) {
        Slot current = slots.get(key(pool, slot));
        if (current == null || current.state() != SlotState.RETIRING || !leaseId.equals(current.leaseId())) {
            return false;
        }
        slots.remove(key(pool, slot));
        return true;
    }

    private static boolean held(Slot s) {
        return s.state() == SlotState.LEASED || s.state() == SlotState.PROVISIONING;
    }

    private Optional<Slot> update(String pool, String slot, Predicate<Slot> condition, UnaryOperator<Slot> change) {
        Slot current = slots.get(key(pool, slot));
        if (current == null || !condition.test(current)) {
            return Optional.empty();
        }
        Slot next = change.apply(current);
        slots.put(key(pool, slot), next);
        return Optional.of(next);
    }

    private static Slot leased(Slot s, LeaseTerms t, String deployedCommit, String deployKey, String takenOverFrom) {
        return new Slot(
                s.pool(),
                s.slot(),
                s.stackName(),
                SlotState.LEASED,
                s.fence() + 1,
                t.leaseId(),
                t.holder(),
                t.branch(),
                t.commit(),
                t.now(),
                t.expiresAt(),
                deployedCommit,
                deployKey,
                s.lastReleasedAt(),
                s.lastOutcome(),
                takenOverFrom);
    }

    private static Slot with(
            Slot s,
            SlotState state,
            String leaseId,
            String holder,
            Instant expiresAt,
            String deployedCommit,
            String deployKey,
            Instant lastReleasedAt,
            String lastOutcome) {
        return new Slot(
                s.pool(),
                s.slot(),
                s.stackName(),
                state,
                s.fence(),
                leaseId,
                holder,
                s.branch(),
                s.commit(),
                s.acquiredAt(),
                expiresAt,
                deployedCommit,
                deployKey,
                lastReleasedAt,
                lastOutcome,
                s.takenOverFrom());
    }

    private static String key(String pool, String slot) {
        return pool + "\u0000" + slot;
    }
}
