package dev.cloudtest.pipeline;

import dev.cloudtest.core.Durations;
import dev.cloudtest.core.Reporter;
import dev.cloudtest.core.TimeSource;
import dev.cloudtest.core.UserFixableException;
import java.time.Duration;

/**
 * Creates or updates the project as planned. Right after a role is created, CodeBuild refuses it for a while
 * ("not authorized to perform: sts:AssumeRole"); that answer is retried with backoff for a bounded time.
 */
public final class ProjectApplier {
    /** Terraform waits up to five minutes; two are enough for most propagation and keep failures quick. */
    public static final Duration DEFAULT_IAM_WAIT = Duration.ofMinutes(2);

    private final ProjectStore store;
    private final Reporter reporter;
    private final TimeSource time;
    private final Duration iamWait;

    public ProjectApplier(ProjectStore store, Reporter reporter, TimeSource time, Duration iamWait) {
        this.store = store;
        this.reporter = reporter;
        this.time = time;
        this.iamWait = iamWait;
    }

    /** Sleeps for real, waits up to {@link #DEFAULT_IAM_WAIT}. */
    public static ProjectApplier withRealTime(ProjectStore store, Reporter reporter) {
        return new ProjectApplier(store, reporter, TimeSource.system(), DEFAULT_IAM_WAIT);
    }

    public void apply(ProjectPlan plan) {
        switch (plan.action()) {
            case CREATE -> withIamRetry(plan, () -> store.create(plan.desired()));
            case UPDATE -> withIamRetry(plan, () -> store.update(plan.desired()));
            case UP_TO_DATE -> {}
        }
    }

    private void withIamRetry(ProjectPlan plan, Runnable write) {
        Duration waited = Duration.ZERO;
        Duration pause = Duration.ofSeconds(2);
        while (true) {
            try {
                write.run();
                return;
            } catch (ProjectStore.IamNotReady e) {
                if (waited.compareTo(iamWait) >= 0) {
                    throw new UserFixableException("CodeBuild cannot use service role "
                            + plan.desired().serviceRole()
                            + " for project '" + plan.desired().name() + "' (still refused after " + waited.toSeconds()
                            + " s): " + e.getMessage() + ". Check that the role exists and trusts"
                            + " codebuild.amazonaws.com (cloudtest.serviceRole).");
                }
                reporter.info("CodeBuild cannot assume " + plan.desired().serviceRole() + " yet (a new role takes"
                        + " a while to propagate); retrying in " + pause.toSeconds() + " s.");
                time.sleep(pause);
                waited = waited.plus(pause);
                pause = Durations.doubledUpTo(pause, Duration.ofSeconds(20));
            }
        }
    }
}
