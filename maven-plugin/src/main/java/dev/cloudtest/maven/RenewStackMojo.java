package dev.cloudtest.maven;

import dev.cloudtest.aws.AwsClients;
import dev.cloudtest.core.UserFixableException;
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
        LeaseFile.Content held = LeaseFile.read(outputDirectory())
                .orElseThrow(() -> new UserFixableException("No lease to renew: "
                        + outputDirectory().resolve(LeaseFile.NAME) + " does not exist. Run acquire-stack first, in"
                        + " the same workspace."));
        table = held.table();
        try (AwsClients aws = openAws()) {
            StackPool.Lease lease = held.lease();
            java.time.Instant until = pool(aws).renew(lease);
            LeaseFile.write(
                    outputDirectory(),
                    table,
                    new StackPool.Lease(
                            lease.pool(),
                            lease.slot(),
                            lease.stackName(),
                            lease.fence(),
                            lease.leaseId(),
                            until,
                            lease.how(),
                            lease.deployNeeded()));
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
