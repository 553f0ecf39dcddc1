package dev.cloudtest.maven;

import dev.cloudtest.aws.AwsClients;
import dev.cloudtest.aws.SdkPipelineStore;
import dev.cloudtest.aws.SdkProjectStore;
import dev.cloudtest.pipeline.RemoveStage;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Removes the integration-test stage that {@code cloudtest:add-stage} added; the pipeline is left exactly as it
 * was before. The CodeBuild project stays unless {@code cloudtest.deleteProject=true}. Offline with
 * {@code cloudtest.pipelineFile}.
 *
 * @since 0.1.0
 */
@Mojo(name = "remove-stage", requiresProject = false, threadSafe = true)
public class RemoveStageMojo extends AbstractStageEditMojo {

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.remove-stage.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Also delete the CodeBuild project once no action in the pipeline uses it; for iam-policy, include {@code
     * codebuild:DeleteProject} for that.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.deleteProject", defaultValue = "false")
    private boolean deleteProject;

    @Override
    protected void run() {
        if (offline()) {
            RemoveStage.offline(
                    pipelineFile.toPath(), pipeline, stageName, projectName, force, reporter(), outputDirectory());
            if (deleteProject) {
                reporter().warn("cloudtest.deleteProject is ignored offline: no AWS call is made.");
            }
            return;
        }
        String name = requiredPipeline();
        try (AwsClients clients = openAws()) {
            new RemoveStage(
                            new SdkPipelineStore(clients, reporter()),
                            new SdkProjectStore(clients),
                            reporter(),
                            outputDirectory(),
                            clients::callCounts)
                    .run(new RemoveStage.Request(name, stageName, projectName, deleteProject, dryRun, force));
        }
    }

    @Override
    protected boolean goalSkipped() {
        return skip;
    }

    @Override
    protected String goalName() {
        return "remove-stage";
    }
}
