package dev.cloudtest.pool;

import dev.cloudtest.core.Durations;
import dev.cloudtest.core.Reporter;
import dev.cloudtest.core.TimeSource;
import dev.cloudtest.core.UserFixableException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * A pool of pre-deployed test stacks shared by CI jobs through a {@link LeaseStore} (docs/stack-pool.md). A job
 * acquires one slot — a free one already at its commit, else one on its branch, else the least recently released;
 * else an expired lease taken over after a grace period; else a new slot up to {@code maxSize} — and releases it
 * when done. Each step is one conditional write; when another job was faster the pool is read again.
 */
public final class StackPool {
    /**
     * @param stackPrefix slot {@code n} holds stack {@code <stackPrefix><nn>}
     * @param leaseDuration how long a lease lasts without renewal
     * @param takeoverGrace how long after expiry a lease may be taken over (covers clock skew between runners)
     */
    public record Settings(
            String pool,
            String stackPrefix,
            int maxSize,
            Duration leaseDuration,
            Duration takeoverGrace,
            Duration acquireTimeout,
            Duration pollInterval) {
        public Settings {
            Objects.requireNonNull(pool, "pool");
            if (maxSize < 1 || maxSize > 99) {
                throw new IllegalArgumentException("maxSize must be 1 to 99, was " + maxSize);
            }
        }
    }

    /** Who asks, and for what. */
    public record Request(String holder, String branch, String commit) {}

    /** A lease this job holds: the stack, the fence that proves it, the secret every later write needs. */
    public record Lease(
            String pool,
            String slot,
            String stackName,
            long fence,
            String leaseId,
            Instant expiresAt,
            String how,
            boolean deployNeeded) {}

    private final LeaseStore store;
    private final Settings settings;
    private final TimeSource time;
    private final Reporter reporter;
    private final RandomGenerator random;

    public StackPool(LeaseStore store, Settings settings, TimeSource time, Reporter reporter, RandomGenerator random) {
        this.store = store;
        this.settings = settings;
        this.time = time;
        this.reporter = reporter;
        this.random = random;
    }

    /** Acquires a slot, waiting up to the acquire timeout; throws {@link PoolExhaustedException} when none frees. */
    public Lease acquire(Request request) {
        Instant start = time.now();
        Instant deadline = start.plus(settings.acquireTimeout());
        Instant nextProgress = start;
        Duration pause = settings.pollInterval();
        while (true) {
            List<Slot> slots = store.slots(settings.pool());
            Optional<Lease> lease = tryOnce(slots, request);
            if (lease.isPresent()) {
                return lease.get();
            }
            Instant now = time.now();
            if (!now.isBefore(deadline)) {
                throw new PoolExhaustedException(settings, store.slots(settings.pool()), settings.acquireTimeout());
            }
            if (!now.isBefore(nextProgress)) {
                reporter.info(waitingLine(slots, Duration.between(start, now)));
                nextProgress = now.plusSeconds(30);
            }
            // Jitter spreads jobs that collide on the same slot.
            Duration jittered = pause.plusMillis(random.nextLong(Math.max(1, pause.toMillis() / 4 + 1)));
            Duration left = Duration.between(now, deadline);
            time.sleep(jittered.compareTo(left) < 0 ? jittered : left);
        }
    }

    /**
     * One pass over a snapshot: every candidate in rank order until a conditional write succeeds. A failed write
     * means someone changed that slot; the next candidate is tried, and the caller reads the pool again.
     */
    Optional<Lease> tryOnce(List<Slot> slots, Request request) {
        Instant now = time.now();
        for (Slot free : rankFree(slots, request)) {
            Optional<Slot> won = store.acquire(free, terms(request, now));
            if (won.isPresent()) {
                return Optional.of(lease(won.get(), howFree(free, request), request));
            }
        }
        for (Slot stale : slots.stream()
                .filter(s -> s.staleAt(now, settings.takeoverGrace()))
                .sorted(Comparator.comparing(Slot::expiresAt))
                .toList()) {
            Optional<Slot> won = store.takeOver(stale, terms(request, now), now.minus(settings.takeoverGrace()));
            if (won.isPresent()) {
                reporter.warn("Took over " + stale.stackName() + " from " + stale.holder() + ": its lease expired at "
                        + stale.expiresAt() + " (fence " + stale.fence() + " -> "
                        + won.get().fence()
                        + "); it will be redeployed.");
                return Optional.of(lease(won.get(), "taken over from an expired lease", request));
            }
        }
        for (int n = 1; n <= settings.maxSize(); n++) {
            String name = slotName(n);
            if (slots.stream().anyMatch(s -> s.slot().equals(name))) {
                continue;
            }
            Optional<Slot> won = store.create(settings.pool(), name, stackName(n), terms(request, now));
            if (won.isPresent()) {
                return Optional.of(lease(won.get(), "new slot (the pool grew to " + n + ")", request));
            }
        }
        return Optional.empty();
    }

    /** FREE slots, best first: already at this commit, then this branch, then least recently released. */
    private List<Slot> rankFree(List<Slot> slots, Request request) {
        Comparator<Slot> rank = Comparator.<Slot>comparingInt(s -> sameCommit(s, request) ? 0 : 1)
                .thenComparingInt(
                        s -> request.branch() != null && request.branch().equals(s.branch()) ? 0 : 1)
                .thenComparing(s -> s.lastReleasedAt() == null ? Instant.EPOCH : s.lastReleasedAt());
        List<Slot> free = slots.stream()
                .filter(s -> s.state() == SlotState.FREE)
                .sorted(rank)
                .toList();
        if (free.size() > 1 && rank.compare(free.get(0), free.get(1)) == 0 && random.nextBoolean()) {
            // Two equally good slots: jobs starting together should not all aim at the same one.
            return java.util.stream.Stream.concat(
                            java.util.stream.Stream.of(free.get(1), free.get(0)),
                            free.stream().skip(2))
                    .toList();
        }
        return free;
    }

    private static boolean sameCommit(Slot slot, Request request) {
        return request.commit() != null && request.commit().equals(slot.deployedCommit());
    }

    private String howFree(Slot slot, Request request) {
        if (sameCommit(slot, request)) {
            return "free, already deployed at " + shortCommit(request.commit());
        }
        if (request.branch() != null && request.branch().equals(slot.branch())) {
            return "free, same branch " + request.branch();
        }
        return "free, least recently used";
    }

    private Lease lease(Slot slot, String how, Request request) {
        boolean deployNeeded = request.commit() == null || !request.commit().equals(slot.deployedCommit());
        Lease lease = new Lease(
                slot.pool(),
                slot.slot(),
                slot.stackName(),
                slot.fence(),
                slot.leaseId(),
                slot.expiresAt(),
                how,
                deployNeeded);
        reporter.info("Acquired " + slot.stackName() + " (pool " + slot.pool() + ", fence " + slot.fence() + "): " + how
                + (deployNeeded ? "" : " -> deploy can be skipped") + "; lease until " + slot.expiresAt() + ".");
        return lease;
    }

    private LeaseTerms terms(Request request, Instant now) {
        return new LeaseTerms(
                UUID.randomUUID().toString(),
                request.holder(),
                request.branch(),
                request.commit(),
                now,
                now.plus(settings.leaseDuration()));
    }

    /** Extends the lease; throws {@link LeaseLostException} when the slot is no longer ours. */
    public Instant renew(Lease lease) {
        Instant now = time.now();
        Instant expiresAt = now.plus(settings.leaseDuration());
        if (!store.renew(lease.pool(), lease.slot(), lease.leaseId(), now, expiresAt)) {
            throw lost(lease);
        }
        return expiresAt;
    }

    /** Ends the lease: the slot becomes FREE, or BROKEN when the stack is unhealthy. */
    public void release(Lease lease, boolean broken, String outcome) {
        Instant now = time.now();
        if (!store.release(
                lease.pool(),
                lease.slot(),
                lease.leaseId(),
                broken ? SlotState.BROKEN : SlotState.FREE,
                outcome,
                now)) {
            throw lost(lease);
        }
        reporter.info("Released " + lease.stackName() + " (fence " + lease.fence() + ") as "
                + (broken ? "BROKEN" : "FREE") + ", outcome " + outcome + ".");
    }

    /** Records what this lease deployed, so the next job at the same commit can skip its deploy. */
    public void recordDeployed(Lease lease, String commit, String deployKey) {
        if (!store.recordDeployed(lease.pool(), lease.slot(), lease.leaseId(), commit, deployKey, time.now())) {
            throw lost(lease);
        }
    }

    /** An operator's release: refused unless {@code fence} is the slot's current fence. */
    public void forceRelease(String slot, long fence) {
        if (!store.forceRelease(settings.pool(), slot, fence, time.now())) {
            Optional<Slot> now = store.slots(settings.pool()).stream()
                    .filter(s -> s.slot().equals(slot))
                    .findFirst();
            throw new UserFixableException(
                    now.isEmpty()
                            ? "Pool " + settings.pool() + " has no slot " + slot + "."
                            : "Slot " + slot + " has fence " + now.get().fence() + ", not " + fence
                                    + "; its lease changed"
                                    + " since you looked. Run pool-status again and give the fence it shows.");
        }
        reporter.warn("Force-released slot " + slot + " of pool " + settings.pool() + " (fence " + fence + ").");
    }

    public List<Slot> status() {
        return store.slots(settings.pool());
    }

    private LeaseLostException lost(Lease lease) {
        Optional<Slot> now = store.slots(lease.pool()).stream()
                .filter(s -> s.slot().equals(lease.slot()))
                .findFirst();
        return new LeaseLostException(lease, now.orElse(null));
    }

    private String waitingLine(List<Slot> slots, Duration waited) {
        long held = slots.stream().filter(s -> s.heldAt(time.now())).count();
        String next = slots.stream()
                .filter(s -> s.expiresAt() != null && s.heldAt(time.now()))
                .min(Comparator.comparing(Slot::expiresAt))
                .map(s -> "; next expiry " + s.stackName() + " (" + s.holder() + ") in "
                        + Durations.format(Duration.between(time.now(), s.expiresAt())))
                .orElse("");
        return "Pool " + settings.pool() + ": " + held + "/" + settings.maxSize() + " leased - waiting "
                + Durations.format(waited) + " of " + Durations.format(settings.acquireTimeout()) + next;
    }

    String slotName(int n) {
        return String.format("stack#%02d", n);
    }

    String stackName(int n) {
        return String.format("%s%02d", settings.stackPrefix(), n);
    }

    static String shortCommit(String commit) {
        return commit == null ? "?" : commit.substring(0, Math.min(7, commit.length()));
    }
}
