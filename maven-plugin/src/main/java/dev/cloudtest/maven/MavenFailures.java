package dev.cloudtest.maven;

import dev.cloudtest.core.EnvironmentException;
import dev.cloudtest.core.UserFixableException;
import java.io.UncheckedIOException;
import org.apache.maven.plugin.AbstractMojoExecutionException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * The one mapping of what a goal throws to Maven's two failures. {@link UserFixableException} becomes
 * {@link MojoFailureException} (the build fails on something the user can fix: "BUILD FAILURE" with the fix);
 * {@link EnvironmentException} and {@link UncheckedIOException} become {@link MojoExecutionException} (the
 * machine, network or AWS failed). Any other {@link RuntimeException} is a cloudtest bug: it becomes a
 * MojoExecutionException whose one line names the exception and asks for a report, never a bare stack trace.
 *
 * <p>The message line stays the core's sentence, its settings named as a Maven user knows them
 * ({@link MavenSettingNames}), with secrets masked and control characters escaped as every log
 * line is ({@link MavenReporter#safe}). What caused it (the AWS SDK exception a translation keeps as a
 * suppressed exception, an I/O cause) goes to the debug log with its stack trace, so {@code mvn -X} shows it.
 */
final class MavenFailures {
    private MavenFailures() {}

    static AbstractMojoExecutionException of(String goal, RuntimeException e, Log log) {
        if (log.isDebugEnabled()) {
            log.debug("cloudtest:" + goal + " failed; the exception and what caused it:", e);
        }
        if (e instanceof UserFixableException fixable) {
            return new MojoFailureException(MavenReporter.safe(fixable.messageFor(MavenSettingNames.INSTANCE)), e);
        }
        if (e instanceof EnvironmentException trouble) {
            return new MojoExecutionException(MavenReporter.safe(trouble.messageFor(MavenSettingNames.INSTANCE)), e);
        }
        if (e instanceof UncheckedIOException) {
            return new MojoExecutionException(MavenReporter.safe(e.getMessage()), e);
        }
        return new MojoExecutionException(
                "cloudtest:" + goal + " stopped on an unexpected "
                        + e.getClass().getName() + ": " + MavenReporter.safe(e.getMessage())
                        + ". This is a cloudtest bug: please report it with the output of the same command run with"
                        + " -e.",
                e);
    }
}
