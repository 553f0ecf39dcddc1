package dev.cloudtest.maven;

import dev.cloudtest.core.UserFixableException;
import java.io.File;
import org.apache.maven.plugins.annotations.Parameter;

/** Parameters add-stage and remove-stage share beyond the pipeline and stage: the project, offline mode, care. */
abstract class AbstractStageEditMojo extends AbstractPipelineMojo {

    /**
     * Name of the CodeBuild project the stage's action runs.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.project", defaultValue = "IntegrationProject")
    protected String projectName;

    /**
     * A saved {@code aws codepipeline get-pipeline} output (with or without {@code metadata}). add-stage and remove-
     * stage then work offline: the edited pipeline goes to {@code <pipeline>.updated.json} in the output directory,
     * ready for {@code aws codepipeline update-pipeline --cli-input-json file://...}, with no credentials and no AWS
     * call. iam-policy reads the account, the region and the pipeline's role from it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.pipelineFile")
    protected File pipelineFile;

    /**
     * Plan and show the change, write nothing.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.dryRun", defaultValue = "false")
    protected boolean dryRun;

    /**
     * Go ahead where cloudtest would refuse: editing the pipeline from inside one of its own builds, or
     * removing a stage that does not run {@code cloudtest.project}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.force", defaultValue = "false")
    protected boolean force;

    protected final boolean offline() {
        return pipelineFile != null;
    }

    protected final String requiredPipeline() {
        if (pipeline == null || pipeline.isBlank()) {
            throw new UserFixableException("Set the pipeline to edit: -Dcloudtest.pipeline=<name>"
                    + " (or work offline on a saved get-pipeline output with -Dcloudtest.pipelineFile=<file>).");
        }
        return pipeline.trim();
    }

    /** Edits name the account and endpoint they change at info level, not only in the debug log. */
    @Override
    protected void announceAwsTarget(String target) {
        reporter().info("AWS: " + target);
    }
}
