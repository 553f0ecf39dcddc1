package dev.cloudtest.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.cloudtest.core.EnvironmentException;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.pipeline.ProjectStore;
import dev.cloudtest.run.PipelineBusyException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojoExecutionException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * What a goal throws, as Maven shows it: user-fixable problems fail the build (MojoFailureException), trouble in
 * the environment is an execution error (MojoExecutionException), anything else is named as a cloudtest bug;
 * the message line is the core's sentence, and the cause is in the debug log for {@code mvn -X}.
 */
class FailureMappingTest {
    @TempDir
    Path dir;

    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** A goal whose work is to throw what the test gives it. */
    static final class ThrowingMojo extends AbstractCloudtestMojo {
        private final RuntimeException thrown;

        ThrowingMojo(RuntimeException thrown) {
            this.thrown = thrown;
        }

        @Override
        protected void run() {
            throw thrown;
        }

        @Override
        protected boolean goalSkipped() {
            return false;
        }

        @Override
        protected String goalName() {
            return "throwing";
        }
    }

    static Stream<Arguments> exceptions() {
        return Stream.of(
                Arguments.of(new UserFixableException("Set -Dcloudtest.pipeline."), MojoFailureException.class),
                Arguments.of(
                        new ProjectStore.IamNotReady("CodeBuild is not authorized to perform sts:AssumeRole"),
                        MojoFailureException.class),
                Arguments.of(new EnvironmentException("Could not reach AWS."), MojoExecutionException.class),
                Arguments.of(new PipelineBusyException("ConflictException: busy", null), MojoExecutionException.class),
                Arguments.of(
                        new UncheckedIOException(
                                "Cannot write target/cloudtest/x.json", new IOException("No space left on device")),
                        MojoExecutionException.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exceptions")
    void eachKnownExceptionTypeMapsToItsMavenFailureWithTheSameMessage(
            RuntimeException thrown, Class<? extends AbstractMojoExecutionException> expected) {
        ThrowingMojo mojo = new ThrowingMojo(thrown);
        CapturingLog log = new CapturingLog(true);
        mojo.setLog(log);

        assertThatThrownBy(mojo::execute).isExactlyInstanceOf(expected).hasMessage(thrown.getMessage());
        assertThat(log.lines()).singleElement().satisfies(line -> {
            assertThat(line.level()).isEqualTo("debug");
            assertThat(line.error()).isSameAs(thrown);
        });
    }

    @Test
    void anyOtherRuntimeExceptionIsNamedAsABugOnOneLineNotAStackTrace() {
        ThrowingMojo mojo = new ThrowingMojo(new IllegalStateException("A JSON tree always serialises"));
        mojo.setLog(new CapturingLog(false));

        assertThatThrownBy(mojo::execute)
                .isExactlyInstanceOf(MojoExecutionException.class)
                .hasMessage("cloudtest:throwing stopped on an unexpected java.lang.IllegalStateException: A JSON tree"
                        + " always serialises. This is a cloudtest bug: please report it with the output of the same"
                        + " command run with -e.");
    }

    @Test
    void withoutDebugTheLogStaysQuiet() {
        ThrowingMojo mojo = new ThrowingMojo(new UserFixableException("Set -Dcloudtest.pipeline."));
        CapturingLog log = new CapturingLog(false);
        mojo.setLog(log);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.lines()).isEmpty();
    }

    @Test
    void anAwsRefusalFailsTheBuildOnOneLineAndTheSdkExceptionIsInTheDebugLog() throws Exception {
        int port = answer(
                403,
                error(
                        "AccessDenied",
                        "User: arn:aws:iam::123456789012:user/dev is not authorized to"
                                + " perform: cloudformation:DescribeStacks"));
        MojoHarness harness = awsGoal("stack-outputs", port).set("cloudtest.stackName", "demo");

        assertThatThrownBy(harness::execute)
                .isExactlyInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("AWS answered AccessDenied")
                .hasMessageContaining("The caller lacks the IAM permission cloudformation:DescribeStacks")
                .hasMessageContaining("(request id req-7)")
                .hasMessageNotContaining("SDK Attempt Count")
                .hasMessageNotContaining("Status Code");
        assertThat(sdkExceptionInDebugLog(harness))
                .hasMessageContaining("not authorized to perform")
                .hasMessageContaining("Status Code: 403");
    }

    @Test
    void refusedCredentialsAreAnExecutionErrorWithTheSdkExceptionInTheDebugLog() throws Exception {
        int port = answer(403, error("InvalidClientTokenId", "The security token included in the request is invalid."));
        MojoHarness harness = awsGoal("stack-outputs", port).set("cloudtest.stackName", "demo");

        assertThatThrownBy(harness::execute)
                .isExactlyInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("AWS answered InvalidClientTokenId")
                .hasMessageContaining("AWS did not accept the credentials")
                .hasMessageNotContaining("SDK Attempt Count");
        assertThat(sdkExceptionInDebugLog(harness)).hasMessageContaining("Status Code: 403");
    }

    private static String error(String code, String message) {
        return "<ErrorResponse xmlns=\"http://cloudformation.amazonaws.com/doc/2010-05-15/\"><Error><Type>Sender</Type>"
                + "<Code>" + code + "</Code><Message>" + message + "</Message></Error><RequestId>req-7</RequestId>"
                + "</ErrorResponse>";
    }

    private MojoHarness awsGoal(String goal, int port) {
        // The SDK's default credential chain reads these system properties first.
        System.setProperty("aws.accessKeyId", "AKIAIOSFODNN7EXAMPLE");
        System.setProperty("aws.secretAccessKey", "mojo-test-secret");
        return new MojoHarness(goal, dir, true)
                .set("cloudtest.region", "us-east-1")
                .set("cloudtest.endpoint", "http://127.0.0.1:" + port);
    }

    private static SdkException sdkExceptionInDebugLog(MojoHarness harness) {
        Throwable logged = harness.log.lines().stream()
                .filter(line -> line.level().equals("debug") && line.error() != null)
                .map(CapturingLog.Line::error)
                .reduce((first, second) -> second)
                .orElseThrow();
        assertThat(logged.getSuppressed()).hasAtLeastOneElementOfType(SdkException.class);
        return (SdkException) Stream.of(logged.getSuppressed())
                .filter(SdkException.class::isInstance)
                .findFirst()
                .orElseThrow();
    }

    private int answer(int status, String body) throws IOException {
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
        return server.getAddress().getPort();
    }
}
