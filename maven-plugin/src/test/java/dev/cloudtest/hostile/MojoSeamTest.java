package dev.cloudtest.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Maven seam of every goal, run as Maven runs it: both skip flags stop the goal before it does anything; a
 * bad parameter is refused with one line naming the property, before any AWS call; what AWS refuses fails the
 * build (MojoFailureException) and trouble in the environment is an execution error (MojoExecutionException),
 * each on one line, with the SDK exception in the debug log for {@code mvn -X}.
 */
class MojoSeamTest {
    /** Nothing listens here: a goal that called AWS before checking its parameters would fail differently. */
    private static final String DEAD_ENDPOINT = "http://127.0.0.1:9";

    @TempDir
    Path tmp;

    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    static Stream<String> goals() {
        return Goal.names().stream().filter(goal -> !goal.equals("help")).sorted();
    }

    @Test
    void theSeamCoversEveryGoal() {
        assertThat(goals())
                .contains(
                        "acquire-stack",
                        "add-stage",
                        "create-pool-table",
                        "deploy-stack",
                        "generate-buildspec",
                        "iam-policy",
                        "pool-status",
                        "release-stack",
                        "remove-stage",
                        "renew-stack",
                        "run-buildspec",
                        "run-pipeline",
                        "shrink-pool",
                        "stack-outputs",
                        "validate-buildspec",
                        "verify");
    }

    @ParameterizedTest
    @MethodSource("goals")
    void cloudtestSkipStopsEveryGoalBeforeItDoesAnything(String goal) {
        Sandbox sandbox = Sandbox.in(tmp);

        Outcome outcome = Goal.named(goal, sandbox)
                .property("cloudtest.skip", "true")
                .run()
                .assertSucceeded();

        assertThat(outcome.log()).containsExactly("[INFO] Skipping " + goal + ": cloudtest.skip is true.");
        sandbox.assertNothingWritten();
    }

    @ParameterizedTest
    @MethodSource("goals")
    void eachGoalHasItsOwnSkipFlag(String goal) {
        Sandbox sandbox = Sandbox.in(tmp);

        Outcome outcome = Goal.named(goal, sandbox)
                .property("cloudtest." + goal + ".skip", "true")
                .run()
                .assertSucceeded();

        assertThat(outcome.log()).containsExactly("[INFO] Skipping " + goal + ": cloudtest." + goal + ".skip is true.");
        sandbox.assertNothingWritten();
    }

    @Test
    void anotherGoalsSkipFlagDoesNotSkipThisOne() {
        Goal.named("run-pipeline", Sandbox.in(tmp))
                .property("cloudtest.verify.skip", "true")
                .run()
                .assertRefused("cloudtest.pipeline");
    }

    static Stream<Arguments> badParameters() {
        return Stream.of(
                Arguments.of("run-pipeline", new String[] {}, "-Dcloudtest.pipeline="),
                Arguments.of(
                        "run-pipeline",
                        new String[] {"cloudtest.pipeline", "demo", "cloudtest.wait.timeout", "0"},
                        "cloudtest.wait.timeout"),
                Arguments.of(
                        "run-pipeline",
                        new String[] {"cloudtest.pipeline", "demo", "cloudtest.wait.pollInterval", "often"},
                        "cloudtest.wait.pollInterval"),
                Arguments.of(
                        "stack-outputs",
                        new String[] {"cloudtest.stackName", "demo", "cloudtest.stack.waitTimeout", "soon"},
                        "cloudtest.stack.waitTimeout"),
                Arguments.of(
                        "stack-outputs",
                        new String[] {"cloudtest.stackName", "demo", "cloudtest.region", "us east 1"},
                        "cloudtest.region"),
                Arguments.of("add-stage", new String[] {}, "-Dcloudtest.pipeline="),
                Arguments.of(
                        "add-stage",
                        new String[] {"cloudtest.pipeline", "demo", "cloudtest.shards", "0"},
                        "cloudtest.shards"),
                Arguments.of(
                        "remove-stage",
                        new String[] {"cloudtest.pipelineFile", "saved/missing.json"},
                        "cloudtest.pipelineFile"),
                Arguments.of("iam-policy", new String[] {"cloudtest.account", "12345"}, "cloudtest.account"),
                Arguments.of("iam-policy", new String[] {"cloudtest.serviceRole", "my role"}, "cloudtest.serviceRole"),
                Arguments.of("verify", new String[] {"cloudtest.failOnFlakeCount", "-1"}, "cloudtest.failOnFlakeCount"),
                Arguments.of(
                        "generate-buildspec",
                        new String[] {"cloudtest.buildspec.template", "no-such-template"},
                        "cloudtest.buildspec.template"),
                Arguments.of("acquire-stack", new String[] {}, "cloudtest.pool.name"),
                Arguments.of(
                        "acquire-stack",
                        new String[] {"cloudtest.pool.name", "orders-it", "cloudtest.pool.maxSize", "0"},
                        "cloudtest.pool.maxSize"),
                Arguments.of("pool-status", new String[] {"cloudtest.pool.name", "orders it"}, "cloudtest.pool.name"),
                Arguments.of(
                        "pool-status",
                        new String[] {"cloudtest.pool.name", "orders-it", "cloudtest.pool.clockSkewWarning", "often"},
                        "cloudtest.pool.clockSkewWarning"),
                Arguments.of("deploy-stack", new String[] {}, "cloudtest.deploy.command"),
                Arguments.of(
                        "deploy-stack",
                        new String[] {"cloudtest.deploy.command", "sam deploy", "cloudtest.deploy.timeout", "soon"},
                        "cloudtest.deploy.timeout"),
                Arguments.of(
                        "shrink-pool", new String[] {"cloudtest.pool.name", "orders-it"}, "cloudtest.pool.targetSize"),
                Arguments.of(
                        "shrink-pool",
                        new String[] {"cloudtest.pool.name", "orders-it", "cloudtest.pool.targetSize", "three"},
                        "cloudtest.pool.targetSize"),
                Arguments.of(
                        "validate-buildspec",
                        new String[] {"cloudtest.buildspec.files", "missing.yml"},
                        "cloudtest.buildspec.files"));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("badParameters")
    void aBadParameterIsRefusedNamingItBeforeAnyAwsCall(String goal, String[] properties, String named) {
        Goal run = Goal.named(goal, Sandbox.in(tmp))
                .property("cloudtest.region", "us-east-1")
                .property("cloudtest.endpoint", DEAD_ENDPOINT);
        for (int i = 0; i < properties.length; i += 2) {
            run.property(properties[i], properties[i + 1]);
        }

        // A goal that finds several problems lists them one a line, so this checks for the Maven failure naming the
        // parameter and no stack trace, not for a single line.
        Outcome outcome = run.run().assertNoStackTrace();

        assertThat(outcome.thrown())
                .isExactlyInstanceOf(MojoFailureException.class)
                .hasMessageContaining(named);
    }

    @Test
    void anAwsRefusalFailsTheBuildOnOneLineAndTheSdkExceptionIsInTheDebugLog() throws IOException {
        Outcome outcome = stackOutputsAgainst(
                        403,
                        error(
                                "AccessDenied",
                                "User: arn:aws:iam::123456789012:user/dev is not authorized to perform:"
                                        + " cloudformation:DescribeStacks"))
                .assertRefused(
                        "AWS answered AccessDenied",
                        "The caller lacks the IAM permission cloudformation:DescribeStacks",
                        "(request id req-7)");

        assertThat(outcome.thrown()).isExactlyInstanceOf(MojoFailureException.class);
        assertThat(outcome.output()).doesNotContain("SDK Attempt Count", "Status Code");
        assertThat(debugTraceOf(outcome, "stack-outputs")).contains("Status Code: 403");
    }

    @Test
    void refusedCredentialsAreAnExecutionErrorWithTheSdkExceptionInTheDebugLog() throws IOException {
        Outcome outcome = stackOutputsAgainst(
                        403, error("InvalidClientTokenId", "The security token included in the request is invalid."))
                .assertRefused("AWS answered InvalidClientTokenId", "AWS did not accept the credentials");

        assertThat(outcome.thrown()).isExactlyInstanceOf(MojoExecutionException.class);
        assertThat(outcome.output()).doesNotContain("SDK Attempt Count");
        assertThat(debugTraceOf(outcome, "stack-outputs")).contains("Status Code: 403");
    }

    /** The debug entry the seam logs on failure: the exception, with the SDK exception it keeps as suppressed. */
    private static String debugTraceOf(Outcome outcome, String goal) {
        return outcome.log().stream()
                .filter(line -> line.startsWith("[DEBUG] ") && line.contains("Suppressed: software.amazon.awssdk"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no SDK exception in the debug log of " + goal + ":\n" + String.join("\n", outcome.log())));
    }

    private Outcome stackOutputsAgainst(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        // The SDK's default credential chain reads these system properties first.
        System.setProperty("aws.accessKeyId", "AKIAIOSFODNN7EXAMPLE");
        System.setProperty("aws.secretAccessKey", "seam-test-secret");
        return Goal.named("stack-outputs", Sandbox.in(tmp))
                .property("cloudtest.region", "us-east-1")
                .property(
                        "cloudtest.endpoint",
                        "http://127.0.0.1:" + server.getAddress().getPort())
                .property("cloudtest.stackName", "demo")
                .run();
    }

    private static String error(String code, String message) {
        return "<ErrorResponse xmlns=\"http://cloudformation.amazonaws.com/doc/2010-05-15/\"><Error><Type>Sender"
                + "</Type><Code>" + code + "</Code><Message>" + message + "</Message></Error><RequestId>req-7"
                + "</RequestId></ErrorResponse>";
    }
}
