package dev.cloudtest.maven;

import dev.cloudtest.iam.IamPolicy;
import dev.cloudtest.iam.IamPolicyGoal;
import java.io.File;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints the least-privilege IAM policy the caller needs for the configured pipeline, project and stack, the
 * CodeBuild service role's policy (logs, pipeline artifacts, test report groups) and the statements the
 * pipeline's role needs to run the action. Writes them to {@code target/cloudtest/iam-policy.json} (and
 * {@code iam-caller-policy.json}, {@code iam-codebuild-role-policy.json} for {@code aws iam put-role-policy}).
 * Makes no AWS call.
 *
 * @since 0.1.0
 */
@Mojo(name = "iam-policy", requiresProject = false, threadSafe = true)
public class IamPolicyMojo extends AbstractCloudtestMojo {

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.iam-policy.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Name of the pipeline to edit, run, or write the policy for. Required by run-pipeline, and by add-stage and
     * remove-stage unless they work offline, where it defaults to the name in {@code cloudtest.pipelineFile} (and,
     * when given, must match it); iam-policy takes it from that file too.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.pipeline")
    private String pipeline;

    /**
     * Name of the CodeBuild project the stage's action runs.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.project", defaultValue = "IntegrationProject")
    private String projectName;

    /**
     * The stack the tests read outputs from; without it, no CloudFormation statements.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.stackName")
    private String stackName;

    /**
     * Service role of the CodeBuild project (an ARN, or a role name in the pipeline's account). add-stage needs it to
     * create the project; iam-policy scopes {@code iam:PassRole} to it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.serviceRole")
    private String serviceRole;

    /**
     * AWS region, e.g. {@code eu-west-1}; default: the SDK chain ({@code AWS_REGION}, the profile). iam-policy, which
     * calls no AWS API, takes the region in {@code cloudtest.pipelineFile} first.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.region")
    private String region;

    /**
     * Account of the resources; default: from {@code cloudtest.pipelineFile} or the service role's ARN.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.account")
    private String account;

    /**
     * A saved {@code aws codepipeline get-pipeline} output (with or without {@code metadata}). add-stage and remove-
     * stage then work offline: the edited pipeline goes to {@code <pipeline>.updated.json} in the output directory,
     * ready for {@code aws codepipeline update-pipeline --cli-input-json file://...}, with no credentials and no AWS
     * call. iam-policy reads the account, the region and the pipeline's role from it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.pipelineFile")
    private File pipelineFile;

    /**
     * Output artifact of the action; {@code none} (or empty) for none, which also drops {@code s3:PutObject} from iam-
     * policy's statements. Must not be used elsewhere in the pipeline.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.outputArtifact", defaultValue = "IntegrationTestOutput")
    private String outputArtifact;

    /**
     * Also delete the CodeBuild project once no action in the pipeline uses it; for iam-policy, include {@code
     * codebuild:DeleteProject} for that.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.deleteProject", defaultValue = "false")
    private boolean deleteProject;

    /**
     * Number of parallel builds (shards). Above 1, generate-buildspec emits {@code batch: build-fanout} and {@code
     * codebuild-tests-run}, add-stage makes the action run a batch build ({@code BatchEnabled}), and iam-policy adds
     * the batch-build actions to the pipeline role's statements.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.shards", defaultValue = "1")
    private int shards;

    /**
     * The stack pool's lease table: when set, the policies also get the pool's statements (DynamoDB lease writes on
     * this table, reads of the pool's stacks, and {@code cloudformation:DeleteStack} for shrink-pool).
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.pool.table")
    private String table;

    /**
     * The pool's name: one pool per application and environment shape (e.g. {@code orders-it}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.pool.name")
    private String poolName;

    /**
     * Slot {@code n} holds the stack {@code <stackPrefix><nn>}; default {@code <pool name>-}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.pool.stackPrefix")
    private String stackPrefix;

    @Override
    protected void run() {
        IamPolicyGoal.run(
                new IamPolicyGoal.Parameters(
                        pipeline,
                        projectName,
                        stackName,
                        serviceRole,
                        region,
                        account,
                        pipelineFile == null ? null : pipelineFile.toPath(),
                        outputArtifact,
                        deleteProject,
                        shards),
                table == null || table.isBlank() ? null : new IamPolicy.Pool(table, poolName, stackPrefix),
                Optional.ofNullable(System.getenv("AWS_REGION")).filter(s -> !s.isBlank()),
                reporter(),
                outputDirectory());
    }

    @Override
    protected boolean goalSkipped() {
        return skip;
    }

    @Override
    protected String goalName() {
        return "iam-policy";
    }
}
