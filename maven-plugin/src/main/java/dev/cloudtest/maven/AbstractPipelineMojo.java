package dev.cloudtest.maven;

import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters of every goal that works on the pipeline's integration-test stage (add-stage, remove-stage,
 * run-pipeline): which pipeline and which stage. Declared once here, so the goals cannot drift apart.
 */
abstract class AbstractPipelineMojo extends AbstractAwsMojo {

    /**
     * Name of the pipeline to edit, run, or write the policy for. Required by run-pipeline, and by add-stage and
     * remove-stage unless they work offline, where it defaults to the name in {@code cloudtest.pipelineFile} (and,
     * when given, must match it); iam-policy takes it from that file too.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.pipeline")
    protected String pipeline;

    /**
     * Name of the integration-test stage: the stage add-stage adds, remove-stage removes and run-pipeline shows
     * the failing tests of.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.stageName", defaultValue = "IntegrationTest")
    protected String stageName;
}
