package dev.cloudtest.project;

import dev.cloudtest.core.Durations;
import dev.cloudtest.core.Poller;
import dev.cloudtest.core.Reporter;
import dev.cloudtest.core.TimeSource;
import dev.cloudtest.core.UserFixableException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Creates or updates the project as planned. Right after a role is created, CodeBuild refuses it for a while
 * ("not authorized to perform: sts:AssumeRole"); that answer is retried with backoff for a bounded time.
 */
public final class ProjectApplier {
    /** Terraform waits up to five minutes; two are enough for most propagation and keep failures quick. */
    public static final Duration DEFAULT_IAM_WAIT = Duration.ofMinutes(2);

    private static final Duration FIRST_PAUSE = Duration.ofSeconds(2);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(20);

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

    /**
     * Applies the plan and says how long it took (by this applier's clock): a caller that planned other writes
     * before a long IAM wait re-reads what it planned on.
     */
    public Duration apply(ProjectPlan plan) {
        Instant start = time.now();
        switch (plan.action()) {
            case CREATE -> withIamRetry(plan, () -> store.create(plan.desired()));
            case UPDATE -> withIamRetry(plan, () -> store.update(plan.desired()));
            case UP_TO_DATE -> {}
        }
        return Duration.between(start, time.now());
    }

    private void withIamRetry(ProjectPlan plan, Runnable write) {
        ProjectStore.IamNotReady[] refused = {null};
        Poller.Result<Boolean> written = Poller.within(iamWait, time)
                .pauses(FIRST_PAUSE, MAX_PAUSE)
                .run(poll -> {
                    try {
                        write.run();
                        return Optional.of(true);
                    } catch (ProjectStore.IamNotReady e) {
                        refused[0] = e;
                        if (!poll.timeLeft().isZero()) {
                            reporter.info(
                                    "CodeBuild cannot assume " + plan.desired().serviceRole() + " yet (a new"
                                            + " role takes a while to propagate); trying again for up to "
                                            + Durations.format(poll.timeLeft()) + ".");
                        }
                        return Optional.empty();
                    }
                });
        if (written.timedOut()) {
            throw new UserFixableException("CodeBuild cannot use service role "
                    + plan.desired().serviceRole()
                    + " for project '" + plan.desired().name() + "' (still refused after "
                    + written.elapsed().toSeconds() + " s, " + written.attempts() + " attempts): "
                    + refused[0].getMessage() + ". Check that the role exists and trusts codebuild.amazonaws.com"
                    + " (cloudtest.serviceRole).");
        }
    }
}
