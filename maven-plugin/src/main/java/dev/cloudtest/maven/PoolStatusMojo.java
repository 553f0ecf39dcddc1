package dev.cloudtest.maven;

import dev.cloudtest.aws.AwsClients;
import dev.cloudtest.core.Durations;
import dev.cloudtest.core.ResultFiles;
import dev.cloudtest.pool.Slot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints the pool as a table — slot, stack, state, holder, branch, commit, expires in, fence — and writes it to
 * {@code pool-status.json}. The fence is what force-release asks for.
 *
 * @since 0.1.0
 */
@Mojo(name = "pool-status", requiresProject = false, threadSafe = true)
public class PoolStatusMojo extends AbstractPoolMojo {
    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.pool-status.skip", defaultValue = "false")
    private boolean skip;

    @Override
    protected void run() {
        try (AwsClients aws = openAws()) {
            List<Slot> slots = pool(aws).status();
            Instant now = Instant.now();
            String format = "%-9s %-24s %-12s %-28s %-20s %-8s %-10s %s";
            reporter()
                    .info("Pool " + poolName + " (" + slots.size() + " of max " + maxSize + " slots, table " + table
                            + "):");
            reporter()
                    .info(String.format(
                            format, "slot", "stack", "state", "holder", "branch", "commit", "expires in", "fence"));
            for (Slot s : slots) {
                String expires = s.expiresAt() == null
                        ? "-"
                        : s.expiresAt().isBefore(now)
                                ? "expired " + Durations.format(Duration.between(s.expiresAt(), now)) + " ago"
                                : Durations.format(Duration.between(now, s.expiresAt()));
                reporter()
                        .info(String.format(
                                format,
                                s.slot(),
                                s.stackName(),
                                s.state(),
                                orDash(s.holder()),
                                orDash(s.branch()),
                                s.deployedCommit() == null
                                        ? "-"
                                        : s.deployedCommit()
                                                .substring(
                                                        0,
                                                        Math.min(
                                                                7,
                                                                s.deployedCommit()
                                                                        .length())),
                                expires,
                                s.fence()));
            }
            ResultFiles.writeJson(
                    outputDirectory(),
                    "pool-status.json",
                    slots.stream().map(SlotView::of).toList());
        }
    }

    /** A slot in pool-status.json: times as text, and never the lease id (the holder's secret). */
    record SlotView(
            String slot,
            String stackName,
            String state,
            long fence,
            String holder,
            String branch,
            String commit,
            String expiresAt,
            String deployedCommit,
            String lastReleasedAt,
            String lastOutcome,
            String takenOverFrom) {
        static SlotView of(Slot s) {
            return new SlotView(
                    s.slot(),
                    s.stackName(),
                    s.state().name(),
                    s.fence(),
                    s.holder(),
                    s.branch(),
                    s.commit(),
                    text(s.expiresAt()),
                    s.deployedCommit(),
                    text(s.lastReleasedAt()),
                    s.lastOutcome(),
                    s.takenOverFrom());
        }

        private static String text(Instant instant) {
            return instant == null ? null : instant.toString();
        }
    }

    private static String orDash(String value) {
        if (value == null) {
            return "-";
        }
        String flat = value.replaceAll("\\p{Cntrl}", "?");
        return flat.length() > 28 ? flat.substring(0, 27) + "…" : flat;
    }

    @Override
    protected boolean goalSkipped() {
        return skip;
    }

    @Override
    protected String goalName() {
        return "pool-status";
    }
}
