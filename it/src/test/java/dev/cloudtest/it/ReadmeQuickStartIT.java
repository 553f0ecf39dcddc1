package dev.cloudtest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's quick-start commands exactly as written, on a clean copy of the repository (the files git
 * tracks), and checks what a new user would see. The "run all tests" command is the one running this test, so
 * it is recognised and not run again.
 */
class ReadmeQuickStartIT {
    static final String ALL_TESTS = "./mvnw -B -ntp verify";
    static final String LAB = "examples/lab";
    static final String WRONG_EXPECTATION = "-Dlab.expect=/register_user";
    private static final Duration TIMEOUT = Duration.ofMinutes(12);

    private static final Path REPO = Path.of(System.getProperty("cloudtest.repoRoot", ".."))
            .toAbsolutePath()
            .normalize();
    private static final Path WORK = Path.of("target", "readme-quickstart").toAbsolutePath();
    private static List<String> commands;
    private static Path copy;

    @BeforeAll
    static void copyTheRepository() throws Exception {
        commands = ReadmeQuickStart.commands(Files.readString(REPO.resolve("README.md")));
        assertThat(commands).as("the quick start's commands").contains(ALL_TESTS);
        for (String command : commands) {
            if (!command.equals(ALL_TESTS) && !command.contains("examples/lab")) {
                fail("The README's quick start has a command this test does not know how to check: " + command
                        + "\nTeach ReadmeQuickStartIT what its outcome should be.");
            }
        }
        copy = WORK.resolve("repo");
        deleteRecursively(copy);
        copyTrackedFiles(REPO, copy);
    }

    @Test
    void theDemoPassesAndEndsWithTheSummary() throws Exception {
        String command = onlyCommand(false);

        Run run = run(command, "demo.log");

        assertThat(run.exitCode)
                .as("exit code of `%s`, log: %s", command, run.log)
                .isZero();
        // 16 unit tests in 4 classes, 5 integration tests in 2 classes: one report file per class.
        assertThat(run.output)
                .contains("Tests: 21, Failures: 0, Errors: 0, Skipped: 0, Flaky: 0 (from 6 files)")
                .contains("BUILD SUCCESS");
        assertThat(copy.resolve(LAB + "/integration_buildspec.yml"))
                .as("the buildspec the demo generates is the one committed; regenerate and commit it")
                .hasSameTextualContentAs(REPO.resolve(LAB + "/integration_buildspec.yml"));
    }

    @Test
    void theFailingPathShowsTheWrongExpectation() throws Exception {
        String command = onlyCommand(true);

        Run run = run(command, "failing-path.log");

        assertThat(run.exitCode)
                .as("exit code of `%s`, log: %s", command, run.log)
                .isNotZero();
        assertThat(run.output)
                .contains("RegistrationIT.registeringAUserRedirectsToTheDashboard")
                .contains("expected: \"/register_user\"")
                .contains("but was: \"/dashboard\"")
                .contains("Tests: 21, Failures: 1, Errors: 0, Skipped: 0, Flaky: 0 (from 6 files)")
                .contains("BUILD FAILURE")
                .contains(
                        "cloudtest-maven-plugin:0.1.0-SNAPSHOT:verify (gate) on project lab: There are test failures");
    }

    private static String onlyCommand(boolean failingPath) {
        List<String> matching = commands.stream()
                .filter(command -> !command.equals(ALL_TESTS))
                .filter(command -> command.contains(WRONG_EXPECTATION) == failingPath)
                .toList();
        assertThat(matching)
                .as("quick-start commands for the %s", failingPath ? "failing path" : "demo")
                .hasSize(1);
        return matching.get(0);
    }

    private record Run(int exitCode, String output, Path log) {}

    private static Run run(String command, String logName) throws Exception {
        Path log = WORK.resolve(logName);
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", command)
                .directory(copy.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        // The outer Maven's own settings must not leak into the user's command, except its local repository.
        env.keySet().removeIf(name -> name.startsWith("MAVEN_") && !name.equals("MAVEN_OPTS"));
        String localRepository = System.getProperty("cloudtest.localRepository", "");
        if (!localRepository.isBlank()) {
            env.put("MAVEN_ARGS", "-Dmaven.repo.local=" + localRepository);
        }
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("`" + command + "` did not finish within " + TIMEOUT + "; log: " + log);
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8), log);
    }

    private static void copyTrackedFiles(Path repo, Path target) throws Exception {
        Process git = new ProcessBuilder("git", "ls-files", "-z")
                .directory(repo.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String listing = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(git.waitFor()).as("`git ls-files` in %s", repo).isZero();
        for (String name : listing.split("\0")) {
            Path source = repo.resolve(name);
            if (!name.isEmpty() && Files.isRegularFile(source)) {
                Path destination = target.resolve(name);
                Files.createDirectories(destination.getParent());
                Files.copy(source, destination, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                for (Path path :
                        paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
