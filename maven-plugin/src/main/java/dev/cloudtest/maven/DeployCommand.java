package dev.cloudtest.maven;

import dev.cloudtest.core.Durations;
import dev.cloudtest.core.EnvironmentException;
import dev.cloudtest.core.Reporter;
import dev.cloudtest.core.Secrets;
import dev.cloudtest.core.UserFixableException;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The user's deploy command as deploy-stack runs it: an argument list run as it is, or a shell line run with
 * {@code bash -c}. The stack name reaches it only as the environment variable {@code CLOUDTEST_STACK_NAME} (and the
 * fence as {@code CLOUDTEST_STACK_FENCE}), never spliced into the command text, so no stack name can inject shell
 * syntax. Output is streamed to the log line by line with secret-shaped text masked. A non-zero exit whose output
 * says CloudFormation had nothing to change ({@code No changes to deploy}, {@code No updates are to be performed})
 * is a success.
 */
final class DeployCommand {
    static final List<String> NOTHING_TO_CHANGE = List.of(
            "No changes to deploy",
            "No updates are to be performed",
            "The submitted information didn't contain changes");

    private final List<String> argv;
    private final boolean shell;

    private DeployCommand(List<String> argv, boolean shell) {
        this.argv = List.copyOf(argv);
        this.shell = shell;
    }

    /** From the goal's parameters: exactly one of a shell line and an argument list. */
    static DeployCommand of(String shellLine, List<String> arguments) {
        boolean hasLine = shellLine != null && !shellLine.isBlank();
        boolean hasArgs = arguments != null && !arguments.isEmpty();
        if (hasLine == hasArgs) {
            throw new UserFixableException((hasLine
                            ? "Both cloudtest.deploy.command and cloudtest.deploy.arguments"
                            : "Neither cloudtest.deploy.command nor cloudtest.deploy.arguments")
                    + " is set: give one, e.g. -Dcloudtest.deploy.command='sam deploy --stack-name"
                    + " \"$CLOUDTEST_STACK_NAME\" --no-confirm-changeset --no-fail-on-empty-changeset'"
                    + " (the stack name comes in the CLOUDTEST_STACK_NAME environment variable).");
        }
        if (hasLine) {
            if (shellLine.contains("${cloudtest.stackName}")) {
                throw new UserFixableException("cloudtest.deploy.command must not splice the stack name into its"
                        + " text; use \"$CLOUDTEST_STACK_NAME\" (an environment variable) instead.");
            }
            return new DeployCommand(List.of(shellLine), true);
        }
        if (arguments.stream().anyMatch(a -> a == null || a.isEmpty())) {
            throw new UserFixableException("cloudtest.deploy.arguments has an empty argument; remove it.");
        }
        return new DeployCommand(arguments, false);
    }

    /** The process's argv. */
    List<String> argv() {
        return shell ? List.of("bash", "-c", argv.get(0)) : argv;
    }

    /** The command as the log shows it, secret-shaped text masked. */
    String shown() {
        return Secrets.maskText(shell ? argv.get(0) : String.join(" ", argv));
    }

    /**
     * The deploy key: the first 16 hex digits of SHA-256 over the kind of command, each argument (or the shell
     * line) and the user's key, NUL-separated. A slot recorded at this commit with the same key is not deployed
     * again; changing the command or the key deploys again.
     */
    String deployKey(String userKey) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((shell ? "bash -c" : "argv").getBytes(StandardCharsets.UTF_8));
            for (String a : argv) {
                sha.update((byte) 0);
                sha.update(a.getBytes(StandardCharsets.UTF_8));
            }
            sha.update((byte) 0);
            sha.update((userKey == null ? "" : userKey).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs the command in {@code directory} with {@code environment} added, streaming its output; returns when it
     * succeeded (or reported nothing to change), else throws with its exit code and last line.
     */
    void run(File directory, Map<String, String> environment, Duration timeout, Reporter reporter) {
        ProcessBuilder builder = new ProcessBuilder(argv()).directory(directory).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UserFixableException("Cannot start the deploy command (" + shown() + ") in " + directory + ": "
                    + e.getMessage() + ". Check cloudtest.deploy.command / cloudtest.deploy.arguments and"
                    + " cloudtest.deploy.workingDirectory.");
        }
        Deque<String> tail = new ArrayDeque<>();
        boolean[] nothingToChange = {false};
        Thread pump = new Thread(
                () -> {
                    try (BufferedReader out = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = out.readLine()) != null) {
                            String masked = Secrets.maskText(line);
                            reporter.info("[deploy] " + masked);
                            synchronized (tail) {
                                if (NOTHING_TO_CHANGE.stream().anyMatch(line::contains)) {
                                    nothingToChange[0] = true;
                                }
                                tail.addLast(masked);
                                if (tail.size() > 5) {
                                    tail.removeFirst();
                                }
                            }
                        }
                    } catch (IOException ignored) {
                        // the process ended or was killed
                    }
                },
                "cloudtest-deploy-output");
        pump.setDaemon(true);
        pump.start();
        int exit;
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new UserFixableException("The deploy command (" + shown() + ") did not finish within "
                        + Durations.format(timeout) + " and was stopped. Raise cloudtest.deploy.timeout, or find what"
                        + " it waits for.");
            }
            exit = process.exitValue();
            pump.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new EnvironmentException("Interrupted while the deploy command ran", e);
        }
        List<String> last;
        synchronized (tail) {
            last = new ArrayList<>(tail);
            if (exit != 0 && nothingToChange[0]) {
                reporter.info("The deploy command exited with " + exit + " but said CloudFormation had nothing to"
                        + " change: the stack is up to date.");
                return;
            }
        }
        if (exit != 0) {
            throw new UserFixableException("The deploy command (" + shown() + ") exited with " + exit
                    + (last.isEmpty() ? "" : "; its last line: " + last.get(last.size() - 1))
                    + ". The slot is recorded as not deployed, so the next job redeploys it. Fix the deploy (its"
                    + " output is above) or cloudtest.deploy.command.");
        }
    }
}
