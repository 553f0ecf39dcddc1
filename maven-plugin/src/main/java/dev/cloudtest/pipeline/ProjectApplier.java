package dev.cloudtest.pipeline;

import dev.cloudtest.core.EnvironmentException;
import dev.cloudtest.core.Reporter;
import dev.cloudtest.core.UserFixableException;
import java.time.Duration;

/**
 * Creates or updates the project as planned. Right after a role is created, CodeBuild refuses it for a while
 * ("not authorized to perform: sts:AssumeRole"); that answer is retried with backoff for a bounded time.
 */
public final class ProjectApplier {
    /** Terraform waits up to five minutes; two are enough for most propagation and keep failures quick. */
    public static final Duration DEFAULT_IAM_WAIT = Duration.ofMinutes(2);

    /** Sleeps between attempts (replaced in tests). */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final ProjectStore store;
    private final Reporter reporter;
    private final Sleeper sleeper;
    private final Duration iamWait;

    public ProjectApplier(ProjectStore store, Reporter reporter, Sleeper sleeper, Duration iamWait) {
        this.store = store;
        this.reporter = reporter;
        this.sleeper = sleeper;
        this.iamWait = iamWait;
    }

    /** Sleeps for real, waits up to {@link #DEFAULT_IAM_WAIT}. */
    public static ProjectApplier withRealTime(ProjectStore store, Reporter reporter) {
        return new ProjectApplier(store, reporter, d -> Thread.sleep(d.toMillis()), DEFAULT_IAM_WAIT);
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
                sleep(pause);
                waited = waited.plus(pause);
                pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(20)) > 0
                        ? Duration.ofSeconds(20)
                        : pause.multipliedBy(2);
            }
        }
    }

    private void sleep(Duration pause) {
        try {
            sleeper.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EnvironmentException("Interrupted while waiting for IAM to propagate", e);
        }
    }
}
