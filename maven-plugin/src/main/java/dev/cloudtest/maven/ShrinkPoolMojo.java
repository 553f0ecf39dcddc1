package dev.cloudtest.maven;

import dev.cloudtest.aws.AwsClients;
import dev.cloudtest.aws.CloudFormationStackDeleter;
import dev.cloudtest.core.Durations;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.pool.StackPool;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Shrinks the pool to {@code cloudtest.pool.targetSize} stacks: every FREE or BROKEN slot numbered above it is
 * retired (a conditional write on the state and fence just read, so a slot a job acquires meanwhile is left alone),
 * its CloudFormation stack deleted and the slot removed. Held slots are never touched: they are listed, and a later
 * run retires them once free. With {@code cloudtest.pool.dryRun} it only says what it would do.
 *
 * @since 0.1.0
 */
@Mojo(name = "shrink-pool", requiresProject = false, threadSafe = true)
public class ShrinkPoolMojo extends AbstractPoolMojo {
    /**
     * How many slots to keep (slots {@code stack#01} .. {@code stack#<targetSize>}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.pool.targetSize")
    private String targetSize;

    /**
     * Only list the slots that would be retired.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.pool.dryRun", defaultValue = "false")
    private boolean dryRun;

    /**
     * How long to wait for one stack's deletion.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.pool.deleteTimeout", defaultValue = "30m")
    private String deleteTimeout;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.shrink-pool.skip", defaultValue = "false")
    private boolean skip;

    @Override
    protected void run() {
        if (targetSize == null || !targetSize.trim().matches("\\d{1,2}")) {
            throw new UserFixableException("shrink-pool needs the number of stacks to keep: give"
                    + " -Dcloudtest.pool.targetSize=N (0 to the pool's maxSize)"
                    + (targetSize == null ? "." : ", not '" + targetSize.replaceAll("\\p{Cntrl}", "?") + "'."));
        }
        int keep = Integer.parseInt(targetSize.trim());
        java.time.Duration timeout = Durations.parse(deleteTimeout, "cloudtest.pool.deleteTimeout");
        try (AwsClients aws = openAws()) {
            StackPool pool = pool(aws);
            StackPool.Shrink result = pool.shrink(
                    keep,
                    dryRun,
                    "shrink-pool by " + System.getProperty("user.name"),
                    new CloudFormationStackDeleter(aws, java.time.Duration.ofSeconds(5), timeout));
            String prefix = dryRun ? "[dry run] would retire " : "Retired ";
            reporter()
                    .info(
                            result.retired().isEmpty()
                                    ? "Pool " + poolName + ": no free slot above " + keep + " to retire."
                                    : prefix + String.join(", ", result.retired()) + " (pool " + poolName + ")"
                                            + (dryRun ? "." : ": stacks deleted, slots removed."));
            result.leftAlone()
                    .forEach(s -> reporter().warn("Left alone: " + s + "; run shrink-pool again once it is released."));
            if (!result.failed().isEmpty()) {
                throw new UserFixableException("Could not retire " + String.join("; ", result.failed())
                        + ". Those slots are now BROKEN (no job gets them); fix what blocks the stack's delete and"
                        + " run shrink-pool again.");
            }
        }
    }

    @Override
    protected boolean goalSkipped() {
        return skip;
    }

    @Override
    protected String goalName() {
        return "shrink-pool";
    }
}
