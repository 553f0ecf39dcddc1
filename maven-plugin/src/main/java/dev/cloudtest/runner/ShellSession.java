package dev.cloudtest.runner;

import dev.cloudtest.buildspec.ShellQuoting;
import dev.cloudtest.core.EnvironmentException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs buildspec commands one at a time the way CodeBuild's version 0.2 does: each command in its own shell
 * process, with the working directory and exported variables of the previous command carried over (so {@code cd}
 * and {@code export} last, as in CodeBuild). The state is dumped by an EXIT trap after every command, so even a
 * command ending with {@code exit} hands its state on. The command text is written to a script file as it is,
 * never spliced into another shell string.
 */
final class ShellSession {
    /** Variables the shell sets itself: re-declaring them fails or lies (readonly, per-process). */
    private static final String SHELL_OWNED =
            "BASHOPTS|SHELLOPTS|BASH_VERSINFO|EUID|PPID|UID|SHLVL|_|OLDPWD|PWD|BASH_ARGV0|BASH_EXECUTION_STRING";

    private final String shell;
    private final Path stateDirectory;
    private final Map<String, String> environment;
    private int commandCount;

    ShellSession(String shell, Path stateDirectory, Path workingDirectory, Map<String, String> environment) {
        this.shell = shell;
        this.stateDirectory = stateDirectory;
        this.environment = environment;
        try {
            Files.createDirectories(stateDirectory);
            Files.writeString(stateDirectory.resolve("env.sh"), "");
            Files.writeString(stateDirectory.resolve("cwd"), workingDirectory.toAbsolutePath() + "\n");
        } catch (IOException e) {
            throw new EnvironmentException("Cannot prepare " + stateDirectory + ": " + e.getMessage(), e);
        }
    }

    /** The outcome of one command: its exit code, or that the time ran out (and the process tree was killed). */
    record Outcome(int exitCode, boolean timedOut) {
        boolean succeeded() {
            return exitCode == 0 && !timedOut;
        }
    }

    /** Runs {@code command}, streaming each output line to {@code output}, for at most {@code timeLeft}. */
    Outcome run(String command, Duration timeLeft, Map<String, String> extraEnvironment, Consumer<String> output) {
        commandCount++;
        Path script = stateDirectory.resolve("command-" + commandCount + ".sh");
        try {
            Files.writeString(script, script(command, extraEnvironment), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EnvironmentException("Cannot write " + script + ": " + e.getMessage(), e);
        }
        ProcessBuilder builder = new ProcessBuilder(shell, script.toString()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.directory(stateDirectory.toFile());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new EnvironmentException(
                    "Cannot start the shell '" + shell + "' (env.shell): " + e.getMessage()
                            + ". Install it or set env.shell to bash or /bin/sh.",
                    e);
        }
        Thread pump = new Thread(() -> pump(process, output), "run-buildspec-output");
        pump.setDaemon(true);
        pump.start();
        boolean finished;
        try {
            process.getOutputStream().close();
            finished = process.waitFor(Math.max(1, timeLeft.toMillis()), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = false;
        } catch (IOException e) {
            finished = false;
        }
        if (!finished) {
            killTree(process);
        }
        try {
            pump.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        carryState();
        return finished ? new Outcome(process.exitValue(), false) : new Outcome(-1, true);
    }

    /** The current value of an exported variable, as the next command would see it. */
    String exported(String name) {
        Path script = stateDirectory.resolve("read-variable.sh");
        try {
            Files.writeString(
                    script, ". ./env.sh\nprintf '%s' \"${" + safeName(name) + ":-}\"\n", StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(shell, script.toString())
                    .directory(stateDirectory.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            process.getOutputStream().close();
            String value = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(10, TimeUnit.SECONDS);
            return value;
        } catch (IOException e) {
            throw new EnvironmentException("Cannot read variable " + name + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static String safeName(String name) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]{0,254}")) {
            throw new IllegalArgumentException("not a variable name: " + name);
        }
        return name;
    }

    /**
     * The carried state is sourced first, then the per-command variables (CODEBUILD_BUILD_SUCCEEDING) are set
     * over it, then the command runs with the EXIT trap that saves the state for the next one.
     */
    private String script(String command, Map<String, String> extraEnvironment) {
        StringBuilder overrides = new StringBuilder();
        extraEnvironment.forEach((name, value) -> overrides
                .append("export ")
                .append(safeName(name))
                .append('=')
                .append(ShellQuoting.singleQuoted(value))
                .append('\n'));
        return "__ct_state="
                + ShellQuoting.singleQuoted(stateDirectory.toAbsolutePath().toString()) + "\n"
                + ". \"$__ct_state/env.sh\"\n"
                + overrides
                + "cd \"$(cat \"$__ct_state/cwd\")\" || exit 1\n"
                + "trap '__ct_rc=$?; export -p | grep -Ev \"^(declare -x|export) (" + SHELL_OWNED + ")=\""
                + " > \"$__ct_state/env.next\"; pwd > \"$__ct_state/cwd.next\"; exit $__ct_rc' EXIT\n"
                + command + "\n";
    }

    private void carryState() {
        try {
            Path env = stateDirectory.resolve("env.next");
            Path cwd = stateDirectory.resolve("cwd.next");
            if (Files.exists(env) && Files.exists(cwd)) {
                Files.move(env, stateDirectory.resolve("env.sh"), StandardCopyOption.REPLACE_EXISTING);
                Files.move(cwd, stateDirectory.resolve("cwd"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new EnvironmentException(
                    "Cannot carry the shell state in " + stateDirectory + ": " + e.getMessage(), e);
        }
    }

    private static void pump(Process process, Consumer<String> output) {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.accept(line);
            }
        } catch (IOException e) {
            // The process was killed: its output ends here.
        }
    }

    static void killTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
