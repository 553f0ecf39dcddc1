package dev.cloudtest.maven;

import dev.cloudtest.aws.AwsClients;
import dev.cloudtest.pool.Heartbeat;
import dev.cloudtest.pool.StackPool;
import dev.cloudtest.stack.StackValueFiles;
import java.util.Optional;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Leases a test stack from the pool: a free one already at this commit, else one on this branch, else the least
 * recently used; else an expired lease taken over; else a new slot up to maxSize; else waits with progress lines.
 * Sets {@code cloudtest.stackName} (read by stack-outputs and the JUnit library), {@code cloudtest.stack.fence} and
 * {@code cloudtest.stack.needsDeploy}, and writes {@code target/cloudtest/lease.json} for renew- and release-stack.
 *
 * @since 0.1.0
 */
@Mojo(name = "acquire-stack", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class AcquireStackMojo extends AbstractPoolMojo {
    /**
     * The branch being tested (stacks last deployed from it are preferred); default from the CI's variables
     * ({@code GITHUB_HEAD_REF}, {@code GITHUB_REF_NAME}, {@code CI_COMMIT_REF_NAME}, {@code BRANCH_NAME},
     * {@code CODEBUILD_WEBHOOK_HEAD_REF}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.pool.branch")
    private String branch;

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
     * Who holds the lease, shown by pool-status (a CI run URL is best); default from the CI's variables.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.pool.holder")
    private String holder;

    /**
     * Renew the lease from this Maven JVM until release-stack runs in the same build (a single {@code mvn
     * verify}); turn off when release runs in a later CI step.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.pool.heartbeat", defaultValue = "true")
    private boolean heartbeat;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.acquire-stack.skip", defaultValue = "false")
    private boolean skip;

    @Override
    protected void run() {
        StackPool.Settings settings = settings();
        AwsClients aws = openAws();
        boolean keepOpen = false;
        try {
            StackPool pool = pool(aws);
            StackPool.Lease lease = pool.acquire(new StackPool.Request(
                    firstOf(
                            holder,
                            env("GITHUB_SERVER_URL")
                                    .flatMap(server -> env("GITHUB_REPOSITORY").flatMap(repo -> env("GITHUB_RUN_ID")
                                            .map(run -> server + "/" + repo + "/actions/runs/" + run))),
                            env("CI_JOB_URL"),
                            env("BUILD_URL"),
                            env("CODEBUILD_BUILD_ARN"),
                            Optional.of(System.getProperty("user.name") + "@local")),
                    firstOf(
                            branch,
                            env("GITHUB_HEAD_REF"),
                            env("GITHUB_REF_NAME"),
                            env("CI_COMMIT_REF_NAME"),
                            env("BRANCH_NAME"),
                            env("CODEBUILD_WEBHOOK_HEAD_REF")),
                    commitOr(commit)));
            LeaseFile.write(outputDirectory(), table, lease);
            StackValueFiles.startLease(outputDirectory(), lease.stackName(), lease.fence());
            project.getProperties().setProperty("cloudtest.stackName", lease.stackName());
            project.getProperties().setProperty("cloudtest.stack.fence", Long.toString(lease.fence()));
            project.getProperties().setProperty("cloudtest.stack.needsDeploy", Boolean.toString(lease.deployNeeded()));
            if (heartbeat) {
                LeaseHeartbeats.register(
                        lease.leaseId(), Heartbeat.start(pool, lease, settings.leaseDuration(), reporter()), aws);
                keepOpen = true;
            }
        } finally {
            if (!keepOpen) {
                aws.close();
            }
        }
    }

    @Override
    protected boolean goalSkipped() {
        return skip;
    }

    @Override
    protected String goalName() {
        return "acquire-stack";
    }
}
