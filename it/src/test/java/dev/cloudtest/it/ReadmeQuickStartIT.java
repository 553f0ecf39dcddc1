package dev.cloudtest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Runs the README's quick-start commands exactly as written, on a clean copy of the repository (the files git
 * tracks), and checks what a new user would see. The "run all tests" command is the one running this test, so
 * it is recognised and not run again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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
    @Order(1)
    void theDemoPassesAndEndsWithTheSummary() throws Exception {
        String command = onlyCommand(false);

        Run run = run(command, "demo.log");

        assertThat(run.exitCode)
                .as("exit code of `%s`, log: %s", command, run.log)
                .isZero();
        // 16 unit tests in 4 classes, 5 integration tests in 2 classes: one report file per class.
        assertThat(run.output)
                .contains("Tests: 21, Failures: 0, Errors: 0, Skipped: 0, Flaky: 0 (from 6 files)")
                .contains("Running command mvn -B -ntp verify")
                .contains("Phase complete: BUILD State: SUCCEEDED")
                .contains("Report group integration-tests: 5 tests, 0 failures, 0 errors, 0 skipped from 2 file(s)")
                .contains("BUILD SUCCESS");
        assertThat(copy.resolve(LAB + "/target/cloudtest/run-buildspec-result.json"))
                .as("run-buildspec ran the committed buildspec")
                .content()
                .contains("\"succeeded\" : true");
        assertThat(copy.resolve(LAB + "/integration_buildspec.yml"))
                .as("the buildspec the demo generates is the one committed; regenerate and commit it")
                .hasSameTextualContentAs(REPO.resolve(LAB + "/integration_buildspec.yml"));

        JsonNode updated = new ObjectMapper()
                .readTree(copy.resolve(LAB + "/target/cloudtest/lab-pipeline.updated.json")
                        .toFile());
        JsonNode stages = updated.path("pipeline").path("stages");
        assertThat(stages.findValuesAsText("name")).containsSubsequence("Source", "Build", "Deploy", "IntegrationTest");
        JsonNode stage = stages.get(3);
        assertThat(stage.path("name").asText()).isEqualTo("IntegrationTest");
        JsonNode action = stage.path("actions").get(0);
        assertThat(action.path("name").asText()).isEqualTo("Integration");
        assertThat(action.path("actionTypeId").path("category").asText()).isEqualTo("Test");
        assertThat(action.path("actionTypeId").path("provider").asText()).isEqualTo("CodeBuild");
        assertThat(action.path("inputArtifacts").get(0).path("name").asText()).isEqualTo("SourceArtifact");
        assertThat(action.path("configuration").path("ProjectName").asText()).isEqualTo("IntegrationProject");
        assertThat(action.path("configuration").path("EnvironmentVariables").asText())
                .isEqualTo("[{\"name\":\"ENV_STACK_NAME\",\"value\":\"lab-app-test\",\"type\":\"PLAINTEXT\"}]");
        assertThat(updated.has("metadata"))
                .as("update-pipeline input has no metadata")
                .isFalse();
    }

    /**
     * The CodeBuild path, locally: the application "deployed" as its own process, its stack on the local AWS
     * endpoint; {@code ENV_STACK_NAME} makes the build read the stack's {@code ApplicationUrl} output with
     * {@code cloudtest:stack-outputs} and the integration tests run against that URL.
     */
    @Test
    @Order(2)
    void asInCodeBuildTheTestsRunAgainstTheStacksApplicationUrl() throws Exception {
        Path jar = copy.resolve(LAB + "/target/lab-0.1.0-SNAPSHOT.jar");
        assertThat(jar).as("the demo builds the application").exists();
        Path applicationLog = WORK.resolve("deployed-app.log");
        // Port 0: the application binds a free port itself and logs it (a port picked here and passed on could
        // be taken by another server before the application binds it).
        Process application = new ProcessBuilder(javaBin(), "-jar", jar.toString(), "0")
                .redirectErrorStream(true)
                .redirectOutput(applicationLog.toFile())
                .start();
        try (LocalAwsServer aws = LocalAwsServer.start(0)) {
            int port = listeningPort(application, applicationLog);
            String url = "http://127.0.0.1:" + port;
            LocalAwsControl.at(aws.endpoint().toString())
                    .awaitHealthy()
                    .putStack(
                            "lab-app-test",
                            "{\"outputs\":[{\"OutputKey\":\"ApplicationUrl\",\"OutputValue\":\"" + url + "\"}]}");
            awaitUp(URI.create(url + "/health"));
            // In CodeBuild, CodeBuild runs the buildspec: the local stand-in for it is not run on this path.
            String command = onlyCommand(false) + " -Dcloudtest.endpoint=" + aws.endpoint()
                    + " -Dcloudtest.run-buildspec.skip=true";

            Run run = run(
                    command,
                    "as-in-codebuild.log",
                    Map.of(
                            "ENV_STACK_NAME", "lab-app-test",
                            "AWS_REGION", "us-east-1",
                            "AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE",
                            "AWS_SECRET_ACCESS_KEY", "cloudtest-local-secret"));

            assertThat(run.exitCode)
                    .as("exit code of `%s`, log: %s", command, run.log)
                    .isZero();
            assertThat(run.output)
                    .contains("Stack lab-app-test (CREATE_COMPLETE): 1 output(s) [ApplicationUrl]")
                    .contains("Testing the deployed application at " + url + " (cloudtest.output.ApplicationUrl)")
                    .contains("Tests: 21, Failures: 0, Errors: 0, Skipped: 0, Flaky: 0 (from 6 files)");
            String dashboard = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(url + "/dashboard"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            assertThat(dashboard)
                    .as("the deployed application got the registrations")
                    .contains("Ada Lovelace");
        } finally {
            application.destroy();
            application.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The port the lab application logs once it listens ("Lab application listening on port N"). */
    private static int listeningPort(Process application, Path log) throws Exception {
        Pattern listening = Pattern.compile("listening on port (\\d+)");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            String text = Files.exists(log) ? Files.readString(log) : "";
            Matcher matcher = listening.matcher(text);
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            if (!application.isAlive()) {
                fail("The lab application exited with code " + application.exitValue() + " before listening: " + text);
            }
            if (System.nanoTime() > deadline) {
                fail("The lab application did not log its port within 60 s: " + text);
            }
            Thread.sleep(100);
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void awaitUp(URI health) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                if (client.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                fail("The lab application did not answer " + health + " within 30 s");
            }
            Thread.sleep(200);
        }
    }

    @Test
    @Order(3)
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
        return run(command, logName, Map.of());
    }

    private static Run run(String command, String logName, Map<String, String> extraEnvironment) throws Exception {
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
        env.putAll(extraEnvironment);
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
