package dev.cloudtest.maven;

import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugins.annotations.Parameter;

/** What the two buildspec goals share: the CodeBuild project name and where they work without a POM. */
abstract class AbstractBuildspecMojo extends AbstractCloudtestMojo {
    /**
     * CodeBuild project name (default: {@code cloudtest.project}): report group names are checked against
     * CodeBuild's 128-character limit for {@code <project>-<group>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.buildspec.projectName")
    private String projectName;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /** The project's directory, or where Maven was started when there is no POM (a standalone run). */
    protected final Path baseDirectory() {
        return project.getBasedir() != null
                ? project.getBasedir().toPath()
                : Path.of(session.getExecutionRootDirectory());
    }

    /** The configured result directory, or {@code target/cloudtest} under the base directory without a POM. */
    protected final Path resultDirectory() {
        return project.getBasedir() != null
                ? outputDirectory()
                : baseDirectory().resolve("target/cloudtest");
    }

    /** The given project name, else {@code cloudtest.project} (the pipeline goals' property), else null. */
    protected final String codeBuildProject() {
        if (projectName != null && !projectName.isBlank()) {
            return projectName;
        }
        return session.getUserProperties()
                .getProperty("cloudtest.project", project.getProperties().getProperty("cloudtest.project"));
    }
}
