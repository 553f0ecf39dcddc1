package dev.cloudtest.maven;

import dev.cloudtest.aws.AwsClients;
import dev.cloudtest.pool.StackPool;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Extends the lease in {@code target/cloudtest/lease.json} by the lease duration: for CI layouts where acquire,
 * deploy, tests and release are separate steps and a long step runs between them. Fails when the lease was lost.
 *
 * @since 0.1.0
 */
@Mojo(name = "renew-stack", threadSafe = true)
public class RenewStackMojo extends AbstractPoolMojo {
    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.renew-stack.skip", defaultValue = "false")
    private boolean skip;

    @Override
    protected void run() {
        LeaseFile.Content held = recordedLease("No lease to renew");
        try (AwsClients aws = openAws()) {
            StackPool.Lease lease = held.lease();
            java.time.Instant until = renewRecorded(pool(aws), lease).expiresAt();
            reporter()
                    .info("Renewed the lease on " + lease.stackName() + " (fence " + lease.fence() + ") until " + until
                            + ".");
        }
    }

    @Override
    protected boolean goalSkipped() {
        return skip;
    }

    @Override
    protected String goalName() {
        return "renew-stack";
    }
}
