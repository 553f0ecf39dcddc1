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
            boolean deployNeeded) {
        /** The same lease, renewed until {@code until}. */
        public Lease renewedUntil(Instant until) {
            return new Lease(pool, slot, stackName, fence, leaseId, until, how, deployNeeded);
        }
    }

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

    /**
     * Runs a deploy of the leased stack; a {@link RuntimeException} says it failed (and is passed on).
     *
     * @since 0.1.0
     */
    @FunctionalInterface
    public interface Deployer {
        void deploy(String stackName);
    }

    /**
     * Deletes a stack and waits until it is gone (a stack that does not exist counts as gone); a
     * {@link RuntimeException} says it could not.
     *
     * @since 0.1.0
     */
    @FunctionalInterface
    public interface StackDeleter {
        void deleteStack(String stackName);
    }

    /** What {@link #deploy} did. */
    public enum Deployed {
        /** The slot was recorded at this commit and deploy key: nothing ran. */
        SKIPPED,
        /** The deploy ran and was recorded. */
        DEPLOYED
    }

    /**
     * Deploys {@code commit} to the leased stack unless the slot is recorded deployed at this commit and deploy key
     * (or {@code force}). The lease is checked with a consistent read first; {@code deployedCommit} is cleared
     * before {@code deployer} runs, so a failed or interrupted deploy makes the next holder deploy again; the commit
     * is recorded afterwards only if the lease is still ours (else {@link LeaseLostException}).
     *
     * @param deployKey what else the deploy depends on besides the commit (the deploy-stack goal hashes its command
     *     and the user's key); a different key means deploy again
     * @since 0.1.0
     */
    public Deployed deploy(Lease lease, String commit, String deployKey, boolean force, Deployer deployer) {
        Slot current = held(lease);
        String reason;
        if (force) {
            reason = "forced";
        } else if (commit == null) {
            reason = "the commit is unknown";
        } else if (current.deployedCommit() == null) {
            reason = "no deploy is recorded on it";
        } else if (!commit.equals(current.deployedCommit())) {
            reason = "it is at " + shortCommit(current.deployedCommit()) + ", not " + shortCommit(commit);
        } else if (!Objects.equals(deployKey, current.deployKey())) {
            reason = "the deploy key changed (" + current.deployKey() + " -> " + deployKey + ")";
        } else {
            reporter.info("Deploy of " + lease.stackName() + " skipped: it is recorded deployed at "
                    + shortCommit(commit) + " with deploy key " + deployKey + ".");
            return Deployed.SKIPPED;
        }
        if (!store.beginDeploy(lease.pool(), lease.slot(), lease.leaseId(), commit, time.now())) {
            throw lost(lease);
        }
        reporter.info("Deploying " + shortCommit(commit) + " to " + lease.stackName() + " (fence " + lease.fence()
                + "): " + reason + ".");
        try {
            deployer.deploy(lease.stackName());
        } catch (RuntimeException e) {
            reporter.warn("The deploy to " + lease.stackName() + " failed; the slot is recorded as not deployed, so"
                    + " the next job that gets it deploys again.");
            throw e;
        }
        if (!store.recordDeployed(lease.pool(), lease.slot(), lease.leaseId(), commit, deployKey, time.now())) {
            throw lost(lease);
        }
        return Deployed.DEPLOYED;
    }

    /** The slot as the store has it now, if this lease still holds it; else {@link LeaseLostException}. */
    public Slot held(Lease lease) {
        Optional<Slot> now = store.slots(lease.pool()).stream()
                .filter(s -> s.slot().equals(lease.slot()))
                .findFirst();
        if (now.isEmpty()
                || !lease.leaseId().equals(now.get().leaseId())
                || !(now.get().state() == SlotState.LEASED || now.get().state() == SlotState.PROVISIONING)) {
            throw new LeaseLostException(lease, now.orElse(null));
        }
        return now.get();
    }

    /**
     * What {@link #shrink} did, by stack name.
     *
     * @param retired slots retired and their stacks deleted (with {@code dryRun}: the ones it would retire)
     * @param leftAlone slots above the size that were held or changed meanwhile, with why
     * @param failed slots whose stack could not be deleted (now BROKEN), with why
     * @since 0.1.0
     */
    public record Shrink(List<String> retired, List<String> leftAlone, List<String> failed) {}

    /**
     * Retires every unheld (FREE or BROKEN) slot numbered above {@code targetSize}, and any left RETIRING by a shrink
     * whose lease expired more than the takeover grace ago: a conditional write on the state
     * and fence read (so a slot acquired meanwhile is left alone) makes it RETIRING under a lease of ours, then its
     * stack is deleted and the slot removed (conditional on still being ours). A held slot is never touched. When a
     * stack cannot be deleted the slot is released as BROKEN.
     *
     * @since 0.1.0
     */
    public Shrink shrink(int targetSize, boolean dryRun, String holder, StackDeleter deleter) {
        if (targetSize < 0 || targetSize > settings.maxSize()) {
            throw new UserFixableException(
                    "The target size " + targetSize + " must be 0 to the pool's maxSize (" + settings.maxSize() + ").");
        }
        List<String> retired = new java.util.ArrayList<>();
        List<String> leftAlone = new java.util.ArrayList<>();
        List<String> failed = new java.util.ArrayList<>();
        List<Slot> above = store.slots(settings.pool()).stream()
                .filter(s -> slotNumber(s.slot()) > targetSize)
                .sorted(Comparator.comparing(Slot::slot).reversed())
                .toList();
        Instant staleBefore = time.now().minus(settings.takeoverGrace());
        for (Slot slot : above) {
            boolean abandoned = slot.state() == SlotState.RETIRING
                    && slot.expiresAt() != null
                    && slot.expiresAt().isBefore(staleBefore);
            if (slot.state() != SlotState.FREE && slot.state() != SlotState.BROKEN && !abandoned) {
                leftAlone.add(slot.stackName() + " (" + slot.state()
                        + (slot.holder() == null ? "" : ", held by " + slot.holder()) + ")");
                continue;
            }
            if (dryRun) {
                retired.add(slot.stackName());
                continue;
            }
            Instant now = time.now();
            Optional<Slot> mine = store.retire(
                    slot,
                    new LeaseTerms(
                            UUID.randomUUID().toString(), holder, null, null, now, now.plus(settings.leaseDuration())),
                    staleBefore);
            if (mine.isEmpty()) {
                leftAlone.add(slot.stackName() + " (changed since it was read: acquired by a job meanwhile?)");
                continue;
            }
            try {
                deleter.deleteStack(slot.stackName());
            } catch (RuntimeException e) {
                store.release(
                        settings.pool(),
                        slot.slot(),
                        mine.get().leaseId(),
                        SlotState.BROKEN,
                        "RETIRE_FAILED",
                        time.now());
                failed.add(slot.stackName() + " (" + e.getMessage() + ")");
                continue;
            }
            if (store.delete(settings.pool(), slot.slot(), mine.get().leaseId())) {
                retired.add(slot.stackName());
            } else {
                failed.add(slot.stackName() + " (its stack is deleted but the slot changed; run pool-status)");
            }
        }
        return new Shrink(retired, leftAlone, failed);
    }

    /** {@code stack#07} → 7; 0 for a name the pool did not make. */
    static int slotNumber(String slot) {
        if (slot == null || !slot.matches("stack#\\d{2}")) {
            return 0;
        }
        return Integer.parseInt(slot.substring(6));
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
