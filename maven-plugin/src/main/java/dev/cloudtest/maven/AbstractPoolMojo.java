package dev.cloudtest.maven;

import dev.cloudtest.aws.AwsClients;
import dev.cloudtest.aws.ClockSkewWarning;
import dev.cloudtest.aws.DynamoDbLeaseStore;
import dev.cloudtest.core.Durations;
import dev.cloudtest.core.TimeSource;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.pool.StackPool;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Parameter;

/** What the stack-pool goals share: the pool, its table and the lease rules. */
abstract class AbstractPoolMojo extends AbstractAwsMojo {
    /**
     * The pool's name: one pool per application and environment shape (e.g. {@code orders-it}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.pool.name")
    protected String poolName;

    /**
     * The DynamoDB table holding the leases (partition key {@code pool}, sort key {@code slot}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.pool.table", defaultValue = "cloudtest-stack-pool")
    protected String table;

    /**
     * Slot {@code n} holds the stack {@code <stackPrefix><nn>}; default {@code <pool name>-}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.pool.stackPrefix")
    protected String stackPrefix;

    /**
     * The most stacks the pool grows to (1 to 99).
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.pool.maxSize", defaultValue = "5")
    protected int maxSize;

    /**
     * How long a lease lasts without renewal; a crashed job's stack is free this long (plus the grace) after its
     * last renewal. With the heartbeat (one Maven run) 15 minutes is plenty; for split CI steps make it longer
     * than the job.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.pool.leaseDuration", defaultValue = "15m")
    protected String leaseDuration;

    /**
     * How long after its expiry a lease may be taken over: covers clock differences between CI runners.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.pool.takeoverGrace", defaultValue = "2m")
    protected String takeoverGrace;

    /**
     * How long acquire-stack waits for a stack before failing with the holders' names.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.pool.acquireTimeout", defaultValue = "20m")
    protected String acquireTimeout;

    /**
     * How often a waiting acquire-stack reads the pool again (plus jitter).
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.pool.pollInterval", defaultValue = "15s")
    protected String pollInterval;

    protected final StackPool.Settings settings() {
        if (poolName == null || !poolName.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw new UserFixableException("cloudtest.pool.name "
                    + (poolName == null ? "is not set" : "'" + printable(poolName) + "' is not a pool name")
                    + ": give the pool a name of letters, digits, '.', '_' or '-',"
                    + " e.g. -Dcloudtest.pool.name=orders-it.");
        }
        if (maxSize < 1 || maxSize > 99) {
            throw new UserFixableException("cloudtest.pool.maxSize is " + maxSize + "; it must be 1 to 99.");
        }
        String prefix = stackPrefix == null || stackPrefix.isBlank() ? poolName + "-" : stackPrefix;
        if (!prefix.matches("[A-Za-z][A-Za-z0-9-]{0,100}")) {
            throw new UserFixableException("cloudtest.pool.stackPrefix '" + prefix + "' cannot start a CloudFormation"
                    + " stack name (a letter, then letters, digits and '-').");
        }
        return new StackPool.Settings(
                poolName,
                prefix,
                maxSize,
                Durations.parse(leaseDuration, "cloudtest.pool.leaseDuration"),
                Durations.parse(takeoverGrace, "cloudtest.pool.takeoverGrace"),
                Durations.parse(acquireTimeout, "cloudtest.pool.acquireTimeout"),
                Durations.parsePollInterval(pollInterval, "cloudtest.pool.pollInterval"));
    }

    /** A user's value shown in a message with its control characters escaped, so it cannot forge log lines. */
    private static String printable(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(200).forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /**
     * Warn when this machine's clock differs from AWS's (the {@code Date} header of the pool table's answers) by
     * more than this: leases are compared with each runner's own clock, so a skew near the takeover grace lets a live
     * lease be taken over early. {@code 0} turns the check off.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.pool.clockSkewWarning", defaultValue = "5s")
    protected String clockSkewWarning;

    /**
     * The lease acquire-stack recorded in this workspace (and its table, which later goals use); fails with
     * {@code problem} and how to fix it when there is none.
     */
    protected final LeaseFile.Content recordedLease(String problem) {
        LeaseFile.Content held = LeaseFile.read(outputDirectory())
                .orElseThrow(() -> new UserFixableException(
                        problem + ": " + outputDirectory().resolve(LeaseFile.NAME)
                                + " does not exist. Run acquire-stack first, in the same workspace."));
        table = held.table();
        return held;
    }

    /** Renews the lease and records its new expiry in the lease file. */
    protected final StackPool.Lease renewRecorded(StackPool pool, StackPool.Lease lease) {
        StackPool.Lease renewed = lease.renewedUntil(pool.renew(lease));
        LeaseFile.write(outputDirectory(), table, renewed);
        return renewed;
    }

    protected final StackPool pool(AwsClients aws) {
        StackPool.Settings settings = settings();
        Duration threshold = clockSkewWarning == null || clockSkewWarning.isBlank() || clockSkewWarning.equals("0")
                ? null
                : Durations.parse(clockSkewWarning, "cloudtest.pool.clockSkewWarning");
        DynamoDbLeaseStore store = threshold == null
                ? DynamoDbLeaseStore.in(aws, table)
                : DynamoDbLeaseStore.in(
                        aws,
                        table,
                        new ClockSkewWarning(threshold, settings.takeoverGrace(), Instant::now, reporter()::warn));
        return new StackPool(store, settings, TimeSource.system(), reporter(), new SecureRandom());
    }

    /** The commit being tested: the parameter, else the CI's variables; null when unknown. */
    protected static String commitOr(String given) {
        return firstOf(
                given,
                env("GITHUB_SHA"),
                env("CI_COMMIT_SHA"),
                env("GIT_COMMIT"),
                env("CODEBUILD_RESOLVED_SOURCE_VERSION"));
    }

    @SafeVarargs
    protected static String firstOf(String given, Optional<String>... fallbacks) {
        if (given != null && !given.isBlank()) {
            return given;
        }
        for (Optional<String> fallback : fallbacks) {
            if (fallback.isPresent()) {
                return fallback.get();
            }
        }
        return null;
    }

    protected static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }
}
