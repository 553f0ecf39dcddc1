package dev.cloudtest.maven;

import dev.cloudtest.core.UserFixableException;
import java.io.File;
import org.apache.maven.plugins.annotations.Parameter;

/** Parameters add-stage and remove-stage share: which pipeline, where, and how carefully. */
abstract class AbstractPipelineMojo extends AbstractAwsMojo {

    /**
     * Name of the pipeline to edit. Required, except in offline mode where it defaults to the name in
     * {@code cloudtest.pipelineFile} (and, when given, must match it).
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.pipeline")
    protected String pipeline;

    /**
     * Name of the integration-test stage.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.stageName", defaultValue = "IntegrationTest")
    protected String stageName;

    /**
     * Name of the CodeBuild project the stage's action runs.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.project", defaultValue = "IntegrationProject")
    protected String projectName;

    /**
     * Offline mode: a file holding the output of {@code aws codepipeline get-pipeline} (with or without
     * {@code metadata}). The edited pipeline goes to {@code target/cloudtest/<pipeline>.updated.json}, ready for
     * {@code aws codepipeline update-pipeline --cli-input-json file://...}; no credentials, no AWS calls.
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
