package dev.cloudtest.maven;

import dev.cloudtest.pipeline.IamPolicyGoal;
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
     * The pipeline cloudtest edits and runs.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.pipeline")
    private String pipeline;

    /**
     * The CodeBuild project of the integration-test stage.
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
     * The project's service role (ARN or name).
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.serviceRole")
    private String serviceRole;

    /**
     * Region of the resources; default: from {@code cloudtest.pipelineFile}, else {@code AWS_REGION}.
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
     * A saved {@code aws codepipeline get-pipeline} output: fills in account, region, the pipeline's role, the
     * artifact bucket and its KMS key.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.pipelineFile")
    private File pipelineFile;

    /**
     * The action's output artifact ({@code none}: no output, so no {@code s3:PutObject}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.outputArtifact", defaultValue = "IntegrationTestOutput")
    private String outputArtifact;

    /**
     * Include {@code codebuild:DeleteProject} (for {@code remove-stage -Dcloudtest.deleteProject=true}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.deleteProject", defaultValue = "false")
    private boolean deleteProject;

    /**
     * Shards of the action; above 1 the pipeline role also needs the batch-build actions.
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
    private String poolTable;

    /**
     * The pool: limits the lease statements to its items ({@code dynamodb:LeadingKeys}) and names its stacks.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.pool.name")
    private String poolName;

    /**
     * The pool's stack name prefix; default {@code <pool name>-}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.pool.stackPrefix")
    private String poolStackPrefix;

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
                poolTable == null || poolTable.isBlank()
                        ? null
                        : new dev.cloudtest.pipeline.IamPolicy.Pool(poolTable, poolName, poolStackPrefix),
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
