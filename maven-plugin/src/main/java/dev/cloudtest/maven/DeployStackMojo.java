package dev.cloudtest.maven;

import dev.cloudtest.aws.AwsClients;
import dev.cloudtest.core.Durations;
import dev.cloudtest.pool.StackPool;
import java.io.File;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Deploys this commit to the stack leased by acquire-stack ({@code target/cloudtest/lease.json}) with your own
 * deploy command ({@code sam deploy}, {@code cdk deploy}, {@code serverless deploy}, a script), unless the slot is
 * recorded deployed at this commit and deploy key. The stack name reaches the command only as the environment
 * variable {@code CLOUDTEST_STACK_NAME}. Before the command runs the lease is renewed and checked, and the slot's
 * deployed commit is cleared; after it succeeds the commit is recorded, only if the lease is still ours. A failed
 * deploy leaves the slot marked not deployed, so the next job redeploys it.
 *
 * <p>The <b>deploy key</b> is the first 16 hex digits of a SHA-256 over the command (each argument, or the shell
 * line) and {@code cloudtest.deploy.key}: put into the key whatever else your deploy depends on (e.g. a parameter
 * file's hash, a template version) so a change redeploys stacks already at this commit.
 *
 * @since 0.1.0
 */
@Mojo(name = "deploy-stack", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class DeployStackMojo extends AbstractPoolMojo {
    /**
     * The deploy command as one shell line, run with {@code bash -c}; refer to the stack as
     * {@code "$CLOUDTEST_STACK_NAME"}, e.g. {@code sam deploy --stack-name "$CLOUDTEST_STACK_NAME"
     * --no-confirm-changeset --no-fail-on-empty-changeset}. Give this or {@code arguments}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.deploy.command")
    private String command;

    /**
     * The deploy command as an argument list, run without a shell (the program reads {@code CLOUDTEST_STACK_NAME}
     * from its environment). Give this or {@code command}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.deploy.arguments")
    private List<String> arguments;

    /**
     * Whatever else the deploy depends on besides the commit and the command, hashed into the deploy key.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.deploy.key")
    private String deployKey;

    /**
     * Where the command runs.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.deploy.workingDirectory", defaultValue = "${project.basedir}")
    private File workingDirectory;

    /**
     * How long the command may run before it is stopped and the goal fails.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.deploy.timeout", defaultValue = "60m")
    private String timeout;

    /**
     * Deploy even when the slot is recorded deployed at this commit and deploy key (e.g. the stack was changed by
     * hand).
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.deploy.force", defaultValue = "false")
    private boolean force;

    /**
     * The commit under test. acquire-stack prefers a free stack already at it; deploy-stack skips the deploy when
     * the stack is recorded at it (with the same deploy key). Default from {@code GITHUB_SHA}, {@code CI_COMMIT_SHA},
     * {@code GIT_COMMIT}, {@code CODEBUILD_RESOLVED_SOURCE_VERSION}; without one, deploy-stack always deploys.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.pool.commit")
    private String commit;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.deploy-stack.skip", defaultValue = "false")
    private boolean skip;

    @Override
    protected void run() {
        DeployCommand deploy = DeployCommand.of(command, arguments);
        java.time.Duration limit = Durations.parse(timeout, "cloudtest.deploy.timeout");
        LeaseFile.Content held = recordedLease("No lease to deploy to");
        if (poolName == null || poolName.isBlank()) {
            poolName = held.pool();
        }
        String key = deploy.deployKey(deployKey);
        String sha = commitOr(commit);
        try (AwsClients aws = openAws()) {
            StackPool pool = pool(aws);
            StackPool.Lease lease = held.lease();
            StackPool.Lease renewed = renewRecorded(pool, lease);
            StackPool.Deployed result = pool.deploy(renewed, sha, key, force, stackName -> {
                reporter().info("Running the deploy command for " + stackName + ": " + deploy.shown());
                deploy.run(
                        workingDirectory,
                        Map.of(
                                "CLOUDTEST_STACK_NAME", stackName,
                                "CLOUDTEST_STACK_FENCE", Long.toString(lease.fence()),
                                "CLOUDTEST_POOL", lease.pool()),
                        limit,
                        reporter());
            });
            project.getProperties().setProperty("cloudtest.stackName", lease.stackName());
            project.getProperties().setProperty("cloudtest.stack.deploy", result.name());
            project.getProperties().setProperty("cloudtest.stack.needsDeploy", "false");
            if (result == StackPool.Deployed.DEPLOYED) {
                reporter()
                        .info("Deployed " + (sha == null ? "an unknown commit" : sha) + " to " + lease.stackName()
                                + " (deploy key " + key + ").");
            }
        }
    }

    @Override
    protected boolean goalSkipped() {
        return skip;
    }

    @Override
    protected String goalName() {
        return "deploy-stack";
    }
}
