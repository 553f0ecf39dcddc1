package dev.cloudtest.maven;

import dev.cloudtest.core.Reporter;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.AbstractMojoExecutionException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Plumbing every goal shares: the skip flags, the log sink, the result directory and the mapping of every
 * exception a goal throws to Maven's ({@link MavenFailures}). A goal implements {@link #run()} and
 * {@link #goalSkipped()}.
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
        } catch (RuntimeException e) {
            AbstractMojoExecutionException failure = MavenFailures.of(goalName(), e, getLog());
            if (failure instanceof MojoFailureException userFixable) {
                throw userFixable;
            }
            throw (MojoExecutionException) failure;
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
