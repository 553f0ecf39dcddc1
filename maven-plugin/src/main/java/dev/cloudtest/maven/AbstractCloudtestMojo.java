package dev.cloudtest.maven;

import dev.cloudtest.core.EnvironmentException;
import dev.cloudtest.core.Reporter;
import dev.cloudtest.core.UserFixableException;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Plumbing every goal shares: the skip flags, the log sink, the result directory and the mapping of core
 * exceptions to Maven's. A goal implements {@link #run()} and {@link #goalSkipped()}.
 */
abstract class AbstractCloudtestMojo extends AbstractMojo {

    /**
     * Skips every cloudtest goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.skip", defaultValue = "false")
    protected boolean skipAll;

    /**
     * Where goals write what they did ({@code *.json}), so users and tests can chain on it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.outputDirectory", defaultValue = "${project.build.directory}/cloudtest")
    protected File outputDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    private Reporter reporter;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skipAll) {
            getLog().info("Skipping " + goalName() + ": cloudtest.skip is true.");
            return;
        }
        if (goalSkipped()) {
            getLog().info("Skipping " + goalName() + ": cloudtest." + goalName() + ".skip is true.");
            return;
        }
        try {
            run();
        } catch (UserFixableException e) {
            throw new MojoFailureException(MavenReporter.safe(e.getMessage()), e);
        } catch (EnvironmentException | UncheckedIOException e) {
            throw new MojoExecutionException(MavenReporter.safe(e.getMessage()), e);
        }
    }

    /** The goal's work: bind parameters, make one call into the core, report. */
    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    /** Whether this goal's own skip flag is set. */
    protected abstract boolean goalSkipped();

    /** The goal's name, as in {@code cloudtest:<name>}. */
    protected abstract String goalName();

    protected final Reporter reporter() {
        if (reporter == null) {
            reporter = new MavenReporter(getLog());
        }
        return reporter;
    }

    protected final Path outputDirectory() {
        return outputDirectory.toPath();
    }
}
