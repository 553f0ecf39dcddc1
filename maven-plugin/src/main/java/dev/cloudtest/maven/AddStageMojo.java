package dev.cloudtest.maven;

import dev.cloudtest.aws.AwsClients;
import dev.cloudtest.aws.SdkPipelineStore;
import dev.cloudtest.aws.SdkProjectStore;
import dev.cloudtest.buildspec.BuildspecFiles;
import dev.cloudtest.pipeline.AddStage;
import dev.cloudtest.pipeline.StageSpec;
import dev.cloudtest.project.ProjectApplier;
import dev.cloudtest.project.ProjectRequest;
import java.util.Map;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Adds the integration-test stage (one CodeBuild test action) to an existing pipeline, after {@code Deploy} by
 * default, and creates or updates its CodeBuild project. Plans first and shows the change; re-running is a
 * no-op; writes are verified by reading the pipeline back. Offline with {@code cloudtest.pipelineFile}.
 *
 * @since 0.1.0
 */
@Mojo(name = "add-stage", requiresProject = false, threadSafe = true)
public class AddStageMojo extends AbstractStageEditMojo {

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.add-stage.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The stage the new stage goes after.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.after", defaultValue = "Deploy")
    private String after;

    /**
     * Name of the CodeBuild action in the new stage.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.actionName", defaultValue = "Integration")
    private String actionName;

    /**
     * Input artifact of the action; an earlier action must produce it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.inputArtifact", defaultValue = "SourceArtifact")
    private String inputArtifact;

    /**
     * Output artifact of the action; {@code none} (or empty) for none, which also drops {@code s3:PutObject} from iam-
     * policy's statements. Must not be used elsewhere in the pipeline.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.outputArtifact", defaultValue = "IntegrationTestOutput")
    private String outputArtifact;

    /**
     * The buildspec file the project runs; default {@code integration_buildspec.yml} on creation.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.buildspec.file")
    private String buildspecFile;

    /**
     * Change an existing CodeBuild project cloudtest did not create even when it runs another buildspec, source
     * type or artifacts type than the stage needs (it may serve another stage: by default such a project is
     * refused, each difference named).
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.project.takeOver", defaultValue = "false")
    private boolean takeOver;

    /**
     * Where the project caches the buildspec's {@code cache.paths}: an S3 {@code bucket[/prefix]} (shared by every
     * build host); without it a LOCAL custom cache (kept on the build host) is used. Only set when the buildspec
     * caches and the project has no cache yet.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.project.cacheBucket")
    private String cacheBucket;

    /**
     * Service role of the CodeBuild project (an ARN, or a role name in the pipeline's account). add-stage needs it to
     * create the project; iam-policy scopes {@code iam:PassRole} to it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.serviceRole")
    private String serviceRole;

    /**
     * Build image; default {@code aws/codebuild/amazonlinux-x86_64-standard:5.0} on creation.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.image")
    private String image;

    /**
     * Compute type; default {@code BUILD_GENERAL1_SMALL} on creation.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.computeType")
    private String computeType;

    /**
     * Action environment variables, e.g. {@code <ENV_STACK_NAME>my-stack</ENV_STACK_NAME>}. A value starting with
     * {@code parameter-store:} or {@code secrets-manager:} is passed as a reference, not as text.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> environmentVariables;

    /**
     * More action environment variables from the command line: {@code NAME=value,NAME2=value}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.environment")
    private String environment;

    /**
     * Replace a differing stage of the same name in place (otherwise the goal fails).
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.replace", defaultValue = "false")
    private boolean replace;

    /**
     * Number of parallel builds (shards). Above 1, generate-buildspec emits {@code batch: build-fanout} and {@code
     * codebuild-tests-run}, add-stage makes the action run a batch build ({@code BatchEnabled}), and iam-policy adds
     * the batch-build actions to the pipeline role's statements.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.shards", defaultValue = "1")
    private int shards;

    @Override
    protected void run() {
        StageSpec stage = new StageSpec(
                after,
                stageName,
                actionName,
                inputArtifact,
                outputArtifact,
                projectName,
                StageSpec.variables(environmentVariables, environment),
                shards);
        java.nio.file.Path buildspec = buildspecPath();
        boolean buildspecCaches = BuildspecFiles.cachesPaths(buildspec);
        warnIfNothingToUpload(buildspec);
        ProjectRequest projectRequest = new ProjectRequest(
                projectName,
                buildspecFile,
                image,
                computeType,
                serviceRole,
                shards,
                takeOver,
                buildspecCaches,
                cacheBucket);
        if (offline()) {
            AddStage.offline(
                    pipelineFile.toPath(), pipeline, stage, projectRequest, replace, reporter(), outputDirectory());
            return;
        }
        String name = requiredPipeline();
        try (AwsClients clients = openAws()) {
            SdkProjectStore projects = new SdkProjectStore(clients);
            new AddStage(
                            new SdkPipelineStore(clients, reporter()),
                            projects,
                            ProjectApplier.withRealTime(projects, reporter()),
                            reporter(),
                            outputDirectory(),
                            clients::callCounts)
                    .run(new AddStage.Request(name, stage, projectRequest, replace, dryRun, force, System.getenv()));
        }
    }

    /** The buildspec the stage will run, in the project directory (null without one). */
    private java.nio.file.Path buildspecPath() {
        return project.getBasedir() == null
                ? null
                : project.getBasedir()
                        .toPath()
                        .resolve(buildspecFile == null ? BuildspecFiles.DEFAULT_FILE_NAME : buildspecFile);
    }

    /** An output artifact with no artifacts: section in the buildspec fails the action at its end. */
    private void warnIfNothingToUpload(java.nio.file.Path buildspec) {
        if (outputArtifact != null
                && !outputArtifact.isBlank()
                && BuildspecFiles.declaresArtifacts(buildspec).equals(java.util.Optional.of(false))) {
            reporter()
                    .warn(
                            "The stage's action declares the output artifact '" + outputArtifact + "', but "
                                    + buildspec.getFileName()
                                    + " has no artifacts: section, so CodeBuild has nothing to upload as"
                                    + " that artifact and the action fails. Declare artifacts (generate-buildspec:"
                                    + " -Dcloudtest.buildspec.artifactFiles='**/*' -Dcloudtest.buildspec.artifactsBaseDirectory="
                                    + "target/failsafe-reports), or give the action no output artifact (-Dcloudtest.outputArtifact=).");
        }
    }

    @Override
    protected boolean goalSkipped() {
        return skip;
    }

    @Override
    protected String goalName() {
        return "add-stage";
    }
}
