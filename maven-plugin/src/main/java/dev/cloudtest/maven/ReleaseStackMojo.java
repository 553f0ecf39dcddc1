package dev.cloudtest.maven;

import dev.cloudtest.aws.AwsClients;
import dev.cloudtest.aws.CloudFormationStackGateway;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.pool.LeaseLostException;
import dev.cloudtest.pool.StackPool;
import dev.cloudtest.stack.StackDescription;
import dev.cloudtest.stack.StackValueFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Gives the leased stack back to the pool — always: bind it to {@code post-integration-test}, which runs even when
 * tests fail. The slot becomes FREE, or BROKEN when the stack is unhealthy (a failed rollback, a failed delete).
 * Fails the build when the lease was lost meanwhile: another job may have redeployed the stack under the tests.
 *
 * @since 0.1.0
 */
@Mojo(name = "release-stack", defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST, threadSafe = true)
public class ReleaseStackMojo extends AbstractPoolMojo {
    private static final Pattern COUNT = Pattern.compile("<(failures|errors)>(\\d+)</\\1>");

    /**
     * The outcome recorded on the slot (PASSED, FAILED, ABORTED); default from Failsafe's summary.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.pool.outcome")
    private String outcome;

    /**
     * Failsafe's summary, read for the outcome.
     *
     * @since 0.1.0
     */
    @Parameter(
            property = "cloudtest.pool.failsafeSummary",
            defaultValue = "${project.build.directory}/failsafe-reports/failsafe-summary.xml")
    private File failsafeSummary;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.release-stack.skip", defaultValue = "false")
    private boolean skip;

    @Override
    protected void run() {
        Optional<LeaseFile.Content> held = LeaseFile.read(outputDirectory());
        if (held.isEmpty()) {
            reporter()
                    .warn("No lease to release: " + outputDirectory().resolve(LeaseFile.NAME) + " does not exist"
                            + " (acquire-stack did not run or failed, or the stack was released already).");
            return;
        }
        StackPool.Lease lease = held.get().lease();
        table = held.get().table();
        Optional<LeaseHeartbeats.Running> running = LeaseHeartbeats.remove(lease.leaseId());
        LeaseLostException lostByHeartbeat = null;
        if (running.isPresent()) {
            try {
                running.get().heartbeat().stop();
            } catch (LeaseLostException e) {
                lostByHeartbeat = e;
            } finally {
                running.get().aws().close();
            }
        }
        try (AwsClients aws = openAws()) {
            if (lostByHeartbeat != null) {
                LeaseFile.delete(outputDirectory());
                StackValueFiles.forgetLeased(outputDirectory(), lease.stackName());
                throw lostByHeartbeat;
            }
            Optional<String> unhealthy = unhealthy(aws, lease.stackName());
            unhealthy.ifPresent(status -> reporter()
                    .warn(lease.stackName() + " is " + status
                            + "; marking it BROKEN so no job gets it until it is repaired or deleted."));
            pool(aws).release(lease, unhealthy.isPresent(), outcome());
            LeaseFile.delete(outputDirectory());
            StackValueFiles.forgetLeased(outputDirectory(), lease.stackName());
        }
    }

    private static Optional<String> unhealthy(AwsClients aws, String stackName) {
        try {
            Optional<StackDescription> stack = new CloudFormationStackGateway(aws).describe(stackName);
            return stack.map(StackDescription::status)
                    .filter(s ->
                            s.endsWith("_FAILED") || s.equals("ROLLBACK_COMPLETE") || s.equals("ROLLBACK_IN_PROGRESS"));
        } catch (UserFixableException | dev.cloudtest.core.EnvironmentException e) {
            return Optional.empty();
        }
    }

    private String outcome() {
        if (outcome != null && !outcome.isBlank()) {
            if (!outcome.matches("PASSED|FAILED|ABORTED")) {
                throw new UserFixableException(
                        "cloudtest.pool.outcome '" + outcome + "' must be PASSED, FAILED or" + " ABORTED.");
            }
            return outcome;
        }
        if (failsafeSummary == null || !failsafeSummary.isFile()) {
            return "UNKNOWN";
        }
        try {
            String text = Files.readString(failsafeSummary.toPath());
            Matcher m = COUNT.matcher(text);
            while (m.find()) {
                if (!m.group(2).equals("0")) {
                    return "FAILED";
                }
            }
            return text.contains("result=\"") && !text.contains("result=\"0\"") ? "FAILED" : "PASSED";
        } catch (IOException e) {
            return "UNKNOWN";
        }
    }

    @Override
    protected boolean goalSkipped() {
        return skip;
    }

    @Override
    protected String goalName() {
        return "release-stack";
    }
}
