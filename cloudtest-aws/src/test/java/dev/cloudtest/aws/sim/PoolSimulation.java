package dev.cloudtest.aws.sim;

import dev.cloudtest.core.Reporter;
import dev.cloudtest.core.TimeSource;
import dev.cloudtest.pool.LeaseStore;
import dev.cloudtest.pool.StackPool;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A CI day in compressed time: jobs arrive (fixed spacing or Poisson), each acquires a stack from the REAL
 * {@link StackPool} over the given {@link LeaseStore} (DynamoDB on dynalite in the test), deploys through
 * {@link StackPool#deploy} (a create the first time a stack is deployed, an update after, a skip when the slot is at
 * the job's commit), runs its tests and releases. Every duration is simulated time; {@code msPerSimMinute} real
 * milliseconds pass per simulated minute. The baseline is a fresh stack per job: create + tests + delete, no waiting.
 */
public final class PoolSimulation {
    /**
     * @param sameCommitShare the share of jobs whose commit an earlier job already tested (re-runs, a second
     *     pipeline on the same commit)
     * @param jitter each duration is drawn uniformly within ± this share of its value
     * @param deleteInJob whether a fresh-stack job waits for its stack's deletion (teardown in the job)
     */
    public record Config(
            int jobs,
            Duration spacing,
            boolean poisson,
            int poolSize,
            Duration create,
            Duration update,
            Duration skippedDeploy,
            Duration tests,
            Duration delete,
            boolean deleteInJob,
            double sameCommitShare,
            double jitter,
            long msPerSimMinute,
            long seed) {

        /** The config with any {@code cloudtest.sim.<name>} system property applied (durations in minutes). */
        public Config withSystemProperties() {
            return new Config(
                    Integer.getInteger("cloudtest.sim.jobs", jobs),
                    minutes("spacing", spacing),
                    Boolean.parseBoolean(System.getProperty("cloudtest.sim.poisson", Boolean.toString(poisson))),
                    Integer.getInteger("cloudtest.sim.poolSize", poolSize),
                    minutes("create", create),
                    minutes("update", update),
                    minutes("skippedDeploy", skippedDeploy),
                    minutes("tests", tests),
                    minutes("delete", delete),
                    Boolean.parseBoolean(
                            System.getProperty("cloudtest.sim.deleteInJob", Boolean.toString(deleteInJob))),
                    Double.parseDouble(
                            System.getProperty("cloudtest.sim.sameCommitShare", Double.toString(sameCommitShare))),
                    Double.parseDouble(System.getProperty("cloudtest.sim.jitter", Double.toString(jitter))),
                    Long.getLong("cloudtest.sim.msPerSimMinute", msPerSimMinute),
                    Long.getLong("cloudtest.sim.seed", seed));
        }

        private static Duration minutes(String name, Duration fallback) {
            String value = System.getProperty("cloudtest.sim." + name);
            return value == null ? fallback : Duration.ofMillis(Math.round(Double.parseDouble(value) * 60_000));
        }

        public boolean changedBySystemProperties() {
            return System.getProperties().stringPropertyNames().stream().anyMatch(n -> n.startsWith("cloudtest.sim."));
        }

        String describe() {
            return String.format(
                    Locale.ROOT,
                    "%d jobs, %s arrivals every %.1f min, pool of %d; create %.1f, update %.1f, skipped deploy %.1f,"
                            + " tests %.1f, delete %.1f min (%s); %.0f%% of jobs on an already-tested commit; ±%.0f%%"
                            + " jitter; 1 simulated minute = %d ms; seed %d",
                    jobs,
                    poisson ? "Poisson" : "fixed",
                    min(spacing),
                    poolSize,
                    min(create),
                    min(update),
                    min(skippedDeploy),
                    min(tests),
                    min(delete),
                    deleteInJob ? "fresh jobs wait for it" : "fresh jobs do not wait for it",
                    sameCommitShare * 100,
                    jitter * 100,
                    msPerSimMinute,
                    seed);
        }
    }

    /** One job's times, in simulated minutes. */
    public record Job(int id, String commit, double waited, double wall, String deploy, String stack) {}

    /** The day's figures, in simulated minutes. */
    public record Report(
            Config config,
            List<Job> jobs,
            List<Double> freshWalls,
            int created,
            int updated,
            int skipped,
            int slotsUsed,
            List<String> violations,
            Duration realTime) {

        public double p(List<Double> values, double q) {
            List<Double> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(q * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
        }

        public List<Double> walls() {
            return jobs.stream().map(Job::wall).toList();
        }

        public List<Double> waits() {
            return jobs.stream().map(Job::waited).toList();
        }

        public String table() {
            return String.format(
                    Locale.ROOT,
                    "CI day: %s%n"
                            + "| | job wall p50 | job wall p95 | wait p50 | wait p95 | wait max | deploys created / updated"
                            + " / skipped | stacks |%n"
                            + "| --- | --- | --- | --- | --- | --- | --- | --- |%n"
                            + "| pool | %.1f min | %.1f min | %.1f min | %.1f min | %.1f min | %d / %d / %d | %d |%n"
                            + "| fresh stack per job | %.1f min | %.1f min | 0 | 0 | 0 | %d / 0 / 0 | %d (created and"
                            + " deleted) |%n"
                            + "(real time %.1f s)",
                    config.describe(),
                    p(walls(), 0.5),
                    p(walls(), 0.95),
                    p(waits(), 0.5),
                    p(waits(), 0.95),
                    p(waits(), 1.0),
                    created,
                    updated,
                    skipped,
                    slotsUsed,
                    p(freshWalls, 0.5),
                    p(freshWalls, 0.95),
                    jobs.size(),
                    jobs.size(),
                    realTime.toMillis() / 1000.0);
        }
    }

    /** Simulated time: {@code msPerSimMinute} real ms per simulated minute, from a fixed simulated start. */
    static final class CompressedTime implements TimeSource {
        private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
        private final long realStart = System.nanoTime();
        private final double scale;

        CompressedTime(long msPerSimMinute) {
            this.scale = 60_000.0 / msPerSimMinute;
        }

        @Override
        public Instant now() {
            return START.plusNanos(Math.round((System.nanoTime() - realStart) * scale));
        }

        @Override
        public void sleep(Duration duration) {
            long realNanos = Math.round(duration.toNanos() / scale);
            try {
                TimeUnit.NANOSECONDS.sleep(Math.max(0, realNanos));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        void sleepUntil(Instant at) {
            Duration left = Duration.between(now(), at);
            if (!left.isNegative()) {
                sleep(left);
            }
        }

        double minutesSinceStart(Instant at) {
            return Duration.between(START, at).toMillis() / 60_000.0;
        }
    }

    private PoolSimulation() {}

    public static Report run(Config config, LeaseStore store, String poolName) throws Exception {
        Random random = new Random(config.seed());
        List<Instant> arrivals = new ArrayList<>();
        List<String> commits = new ArrayList<>();
        List<Duration[]> draws = new ArrayList<>();
        double at = 0;
        for (int i = 0; i < config.jobs(); i++) {
            arrivals.add(CompressedTime.START.plusMillis(Math.round(at * 60_000)));
            double spacing = min(config.spacing());
            at += config.poisson() ? -Math.log(1 - random.nextDouble()) * spacing : spacing;
            commits.add(
                    i > 0 && random.nextDouble() < config.sameCommitShare()
                            ? commits.get(Math.max(0, i - 1 - random.nextInt(Math.min(i, 3))))
                            : "c" + i);
            draws.add(new Duration[] {
                jitter(config.create(), config, random),
                jitter(config.update(), config, random),
                jitter(config.skippedDeploy(), config, random),
                jitter(config.tests(), config, random),
                jitter(config.delete(), config, random),
                jitter(config.create(), config, random),
                jitter(config.tests(), config, random)
            });
        }
        Duration acquireTimeout = Duration.ofHours(24);
        StackPool.Settings settings = new StackPool.Settings(
                poolName,
                "sim-",
                config.poolSize(),
                Duration.ofHours(2),
                Duration.ofMinutes(2),
                acquireTimeout,
                Duration.ofSeconds(15));
        Set<String> deployedOnce = ConcurrentHashMap.newKeySet();
        Map<String, Integer> holders = new ConcurrentHashMap<>();
        List<String> violations = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger created = new AtomicInteger();
        AtomicInteger updated = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        long realStart = System.nanoTime();
        CompressedTime time = new CompressedTime(config.msPerSimMinute());
        ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, config.jobs()));
        List<Future<Job>> futures = new ArrayList<>();
        for (int i = 0; i < config.jobs(); i++) {
            int id = i;
            futures.add(executor.submit(() -> {
                StackPool pool =
                        new StackPool(store, settings, time, Reporter.silent(), new Random(config.seed() + id));
                Duration[] d = draws.get(id);
                time.sleepUntil(arrivals.get(id));
                Instant arrived = time.now();
                StackPool.Lease lease = pool.acquire(new StackPool.Request("job " + id, "main", commits.get(id)));
                Instant acquired = time.now();
                Integer other = holders.putIfAbsent(lease.slot(), id);
                if (other != null) {
                    violations.add(lease.slot() + " held by jobs " + other + " and " + id);
                }
                String[] kind = {"skipped"};
                StackPool.Deployed result = pool.deploy(lease, commits.get(id), "sim", false, stack -> {
                    if (deployedOnce.add(stack)) {
                        kind[0] = "created";
                        time.sleep(d[0]);
                    } else {
                        kind[0] = "updated";
                        time.sleep(d[1]);
                    }
                });
                if (result == StackPool.Deployed.SKIPPED) {
                    time.sleep(d[2]);
                    skipped.incrementAndGet();
                } else if (kind[0].equals("created")) {
                    created.incrementAndGet();
                } else {
                    updated.incrementAndGet();
                }
                time.sleep(d[3]);
                holders.remove(lease.slot(), id);
                pool.release(lease, false, "PASSED");
                Instant done = time.now();
                return new Job(
                        id,
                        commits.get(id),
                        Duration.between(arrived, acquired).toMillis() / 60_000.0,
                        Duration.between(arrived, done).toMillis() / 60_000.0,
                        kind[0],
                        lease.stackName());
            }));
        }
        List<Job> jobs = new ArrayList<>();
        for (Future<Job> future : futures) {
            jobs.add(future.get(30, TimeUnit.MINUTES));
        }
        executor.shutdown();
        List<Double> fresh = new ArrayList<>();
        for (Duration[] d : draws) {
            fresh.add(min(d[5]) + min(d[6]) + (config.deleteInJob() ? min(d[4]) : 0));
        }
        return new Report(
                config,
                jobs,
                fresh,
                created.get(),
                updated.get(),
                skipped.get(),
                (int) jobs.stream().map(Job::stack).distinct().count(),
                List.copyOf(violations),
                Duration.ofNanos(System.nanoTime() - realStart));
    }

    private static Duration jitter(Duration base, Config config, Random random) {
        double factor = 1 + (random.nextDouble() * 2 - 1) * config.jitter();
        return Duration.ofMillis(Math.round(base.toMillis() * factor));
    }

    static double min(Duration d) {
        return d.toMillis() / 60_000.0;
    }
}
