package dev.cloudtest.pool;

import dev.cloudtest.core.Reporter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Renews a lease every third of its duration on a daemon thread, for builds where acquire and release run in one
 * JVM (a single {@code mvn verify}). When the lease is taken from us, or renewals keep failing until it has
 * run out, the heartbeat declares it lost; {@link #stop()} then throws {@link LeaseLostException}.
 */
public final class Heartbeat {
    private final ScheduledExecutorService scheduler;
    private final StackPool pool;
    private final StackPool.Lease lease;
    private final Reporter reporter;
    private final long leaseNanos;
    private volatile long lastRenewed = System.nanoTime();
    private volatile LeaseLostException lost;

    private Heartbeat(StackPool pool, StackPool.Lease lease, Duration leaseDuration, Reporter reporter) {
        this.pool = pool;
        this.lease = lease;
        this.reporter = reporter;
        this.leaseNanos = leaseDuration.toNanos();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "cloudtest-lease-heartbeat-" + lease.slot());
            thread.setDaemon(true);
            return thread;
        });
    }

    public static Heartbeat start(StackPool pool, StackPool.Lease lease, Duration leaseDuration, Reporter reporter) {
        Heartbeat heartbeat = new Heartbeat(pool, lease, leaseDuration, reporter);
        long period = Math.max(1, leaseDuration.toMillis() / 3);
        heartbeat.scheduler.scheduleWithFixedDelay(heartbeat::beat, period, period, TimeUnit.MILLISECONDS);
        return heartbeat;
    }

    private void beat() {
        if (lost != null) {
            return;
        }
        try {
            pool.renew(lease);
            lastRenewed = System.nanoTime();
        } catch (LeaseLostException e) {
            lost = e;
            reporter.error(e.getMessage());
        } catch (RuntimeException e) {
            // A network blip: the next beat retries, unless the lease has run out meanwhile (monotonic clock).
            if (System.nanoTime() - lastRenewed > leaseNanos) {
                lost = new LeaseLostException(lease, null);
                reporter.error("Could not renew the lease on " + lease.stackName() + " for longer than the lease"
                        + " lasts (" + e.getMessage() + "); it is lost.");
            } else {
                reporter.warn("Lease renewal of " + lease.stackName() + " failed, retrying: " + e.getMessage());
            }
        }
    }

    /** Whether the lease was lost. */
    public boolean lost() {
        return lost != null;
    }

    /** Stops renewing; throws {@link LeaseLostException} if the lease was lost meanwhile. */
    public void stop() {
        scheduler.shutdownNow();
        if (lost != null) {
            throw lost;
        }
    }
}
