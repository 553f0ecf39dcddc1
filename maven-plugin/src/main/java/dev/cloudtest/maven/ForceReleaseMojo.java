package dev.cloudtest.maven;

import dev.cloudtest.aws.AwsClients;
import dev.cloudtest.core.UserFixableException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Frees a slot whose holder you know is dead, like {@code terraform force-unlock}: it needs the slot and the fence
 * pool-status shows, so a lease that changed since you looked is left alone. The slot's deployed commit is
 * forgotten (the dead holder may have been mid-deploy).
 *
 * @since 0.1.0
 */
@Mojo(name = "force-release", requiresProject = false, threadSafe = true)
public class ForceReleaseMojo extends AbstractPoolMojo {
    /**
     * The slot to free, as pool-status shows it (e.g. {@code stack#03}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.pool.slot")
    private String slot;

    /**
     * The slot's current fence, as pool-status shows it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.pool.fence")
    private String fence;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.force-release.skip", defaultValue = "false")
    private boolean skip;

    @Override
    protected void run() {
        if (slot == null || slot.isBlank() || fence == null || !fence.strip().matches("\\d{1,18}")) {
            throw new UserFixableException("force-release needs the slot and its current fence: run"
                    + " cloudtest:pool-status, then -Dcloudtest.pool.slot=stack#03 -Dcloudtest.pool.fence=<fence>.");
        }
        try (AwsClients aws = openAws()) {
            pool(aws).forceRelease(slot, Long.parseLong(fence.strip()));
        }
    }

    @Override
    protected boolean goalSkipped() {
        return skip;
    }

    @Override
    protected String goalName() {
        return "force-release";
    }
}
