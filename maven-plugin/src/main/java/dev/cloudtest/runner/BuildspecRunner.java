package dev.cloudtest.runner;

import dev.cloudtest.core.Reporter;
import dev.cloudtest.core.TimeSource;
import dev.cloudtest.runner.LocalBuildspec.OnFailure;
import dev.cloudtest.runner.LocalBuildspec.Phase;
import dev.cloudtest.runner.LocalBuildspec.PhaseSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs a buildspec's phases in a local shell with CodeBuild's rules (docs/buildspec.md §4): install, pre_build,
 * build, post_build in order; a phase's commands stop at the first failure, its {@code finally} always runs; a
 * failed install or pre_build skips the later phases unless {@code on-failure: CONTINUE}; a failed build still runs
 * post_build (as CodeBuild's phase diagram shows — unconfirmed in AWS's text) with
 * {@code CODEBUILD_BUILD_SUCCEEDING=0}; RETRY forms re-run the phase.
 */
public final class BuildspecRunner {
    private static final DateTimeFormatter CONTAINER_TIME =
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    /** One phase's outcome. {@code failedCommand} is null when it succeeded or did not run. */
    public record PhaseResult(
            String phase, String status, long millis, String failedCommand, String reason, int attempts) {
        public boolean failed() {
            return status.equals("FAILED") || status.equals("TIMED_OUT");
        }
    }

    private final Reporter reporter;
    private final TimeSource time;

    public BuildspecRunner(Reporter reporter, TimeSource time) {
        this.reporter = reporter;
        this.time = time;
    }

    /**
     * Runs every phase; returns each phase's result in order (skipped phases included) and the values of the
     * buildspec's {@code exported-variables} at the end.
     */
    public Outcome run(
            LocalBuildspec spec, Map<String, String> environment, Path stateDirectory, Duration phaseTimeout) {
        ShellSession shell = new ShellSession(
                spec.shell(), stateDirectory, Path.of(environment.get("CODEBUILD_SRC_DIR")), environment);
        List<PhaseResult> results = new ArrayList<>();
        boolean succeeding = true;
        boolean skipRest = false;
        for (Phase phase : Phase.values()) {
            PhaseSpec phaseSpec = spec.phases().get(phase);
            if (phaseSpec == null) {
                continue;
            }
            if (skipRest) {
                container("Phase complete: " + phase + " State: SKIPPED");
                results.add(new PhaseResult(phase.name(), "SKIPPED", 0, null, "an earlier phase failed", 0));
                continue;
            }
            PhaseResult result = runWithRetries(shell, phase, phaseSpec, succeeding, phaseTimeout);
            results.add(result);
            if (result.failed()) {
                succeeding = false;
                // A failed build still goes on to post_build; install/pre_build failures end the build,
                // unless the phase says CONTINUE. post_build's own failure ends nothing more (it is last).
                boolean continues = phaseSpec.onFailure() == OnFailure.CONTINUE || phase == Phase.BUILD;
                skipRest = !continues;
            }
        }
        Map<String, String> exported = new LinkedHashMap<>();
        for (String name : spec.exportedVariables()) {
            if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                exported.put(name, shell.exported(name));
            }
        }
        return new Outcome(results, succeeding, exported);
    }

    /** All phases and the exported variables; {@code succeeded} is CodeBuild's build status. */
    public record Outcome(List<PhaseResult> phases, boolean succeeded, Map<String, String> exportedVariables) {}

    private PhaseResult runWithRetries(
            ShellSession shell, Phase phase, PhaseSpec spec, boolean succeeding, Duration timeout) {
        int attempts = 0;
        while (true) {
            attempts++;
            StringBuilder tail = new StringBuilder();
            PhaseResult result = runOnce(shell, phase, spec, succeeding, timeout, attempts, tail);
            boolean retry = result.failed()
                    && attempts <= spec.retries()
                    && (spec.retryPattern() == null
                            || Pattern.compile(spec.retryPattern())
                                    .matcher(tail)
                                    .find());
            if (!retry) {
                return result;
            }
            container("Phase " + phase + " failed; retrying (attempt " + (attempts + 1) + " of " + (spec.retries() + 1)
                    + ")");
        }
    }

    private PhaseResult runOnce(
            ShellSession shell,
            Phase phase,
            PhaseSpec spec,
            boolean succeeding,
            Duration timeout,
            int attempt,
            StringBuilder tail) {
        container("Entering phase " + phase);
        Instant start = time.now();
        Instant deadline = start.plus(timeout);
        Map<String, String> phaseEnv = Map.of("CODEBUILD_BUILD_SUCCEEDING", succeeding ? "1" : "0");
        String failedCommand = null;
        String reason = null;
        boolean timedOut = false;
        for (String command : spec.commands()) {
            ShellSession.Outcome outcome = runCommand(shell, command, deadline, phaseEnv, tail);
            if (!outcome.succeeded()) {
                failedCommand = command;
                timedOut = outcome.timedOut();
                reason = timedOut
                        ? "phase timed out after " + timeout.toSeconds() + " s"
                        : "exit status " + outcome.exitCode();
                break;
            }
        }
        Map<String, String> finallyEnv =
                Map.of("CODEBUILD_BUILD_SUCCEEDING", succeeding && failedCommand == null ? "1" : "0");
        for (String command : spec.finallyCommands()) {
            if (timedOut) {
                break;
            }
            ShellSession.Outcome outcome = runCommand(shell, command, deadline, finallyEnv, tail);
            if (!outcome.succeeded() && failedCommand == null) {
                failedCommand = command;
                timedOut = outcome.timedOut();
                reason = timedOut
                        ? "phase timed out after " + timeout.toSeconds() + " s"
                        : "exit status " + outcome.exitCode();
                break;
            }
        }
        long millis = Duration.between(start, time.now()).toMillis();
        String status = failedCommand == null ? "SUCCEEDED" : timedOut ? "TIMED_OUT" : "FAILED";
        if (failedCommand != null) {
            container("Command did not exit successfully " + oneLine(failedCommand) + " " + reason);
            container("Phase complete: " + phase + " State: FAILED");
            container("Phase context status code: COMMAND_EXECUTION_ERROR Message: Error while executing command: "
                    + oneLine(failedCommand) + ". Reason: " + reason);
        } else {
            container("Phase complete: " + phase + " State: SUCCEEDED");
        }
        return new PhaseResult(phase.name(), status, millis, failedCommand, reason, attempt);
    }

    private ShellSession.Outcome runCommand(
            ShellSession shell, String command, Instant deadline, Map<String, String> env, StringBuilder tail) {
        container("Running command " + oneLine(command));
        Duration left = Duration.between(time.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            return new ShellSession.Outcome(-1, true);
        }
        return shell.run(command, left, env, line -> {
            reporter.info(line);
            tail.append(line).append('\n');
            if (tail.length() > 64_000) {
                tail.delete(0, tail.length() - 32_000);
            }
        });
    }

    private void container(String message) {
        reporter.info("[Container] " + CONTAINER_TIME.format(time.now()) + " " + message);
    }

    /** A multi-line command shown on one line, as CodeBuild's log does. */
    private static String oneLine(String command) {
        String flat = command.strip().replace('\n', ' ').replace('\r', ' ');
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
