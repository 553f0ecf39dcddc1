package dev.cloudtest.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.core.EnvironmentException;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.project.ProjectStore;
import dev.cloudtest.run.PipelineBusyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojoExecutionException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every exception type a goal's work can throw, as Maven gets it from the one mapping at the seam: user-fixable
 * problems fail the build (MojoFailureException), trouble in the environment is an execution error
 * (MojoExecutionException), anything else is named as a cloudtest bug on one line; the message is the core's
 * sentence, and the exception goes to the debug log (with {@code -X}) only. Whole goals are run through the seam
 * in {@code dev.cloudtest.hostile.MojoSeamTest}.
 */
class FailureMappingTest {

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

    /** Maven's console log, remembering what it was handed at debug level; debug as with or without -X. */
    static final class DebugLog extends SystemStreamLog {
        private final boolean debug;
        final List<Throwable> debugged = new ArrayList<>();

        DebugLog(boolean debug) {
            this.debug = debug;
        }

        @Override
        public boolean isDebugEnabled() {
            return debug;
        }

        @Override
        public void debug(CharSequence content, Throwable error) {
            debugged.add(error);
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
    void eachExceptionTypeMapsToItsMavenFailureWithTheSameMessage(
            RuntimeException thrown, Class<? extends AbstractMojoExecutionException> expected) {
        ThrowingMojo mojo = new ThrowingMojo(thrown);
        DebugLog log = new DebugLog(true);
        mojo.setLog(log);

        assertThatThrownBy(mojo::execute).isExactlyInstanceOf(expected).hasMessage(thrown.getMessage());
        assertThat(log.debugged).containsExactly(thrown);
    }

    @Test
    void anyOtherRuntimeExceptionIsNamedAsABugOnOneLine() {
        ThrowingMojo mojo = new ThrowingMojo(new IllegalStateException("A JSON tree always serialises"));
        mojo.setLog(new DebugLog(false));

        assertThatThrownBy(mojo::execute)
                .isExactlyInstanceOf(MojoExecutionException.class)
                .hasMessage("cloudtest:throwing stopped on an unexpected java.lang.IllegalStateException: A JSON tree"
                        + " always serialises. This is a cloudtest bug: please report it with the output of the same"
                        + " command run with -e.");
    }

    @Test
    void withoutDebugNothingIsLogged() {
        ThrowingMojo mojo = new ThrowingMojo(new UserFixableException("Set -Dcloudtest.pipeline."));
        DebugLog log = new DebugLog(false);
        mojo.setLog(log);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.debugged).isEmpty();
    }
}
