package dev.cloudtest.iam;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudtest.core.Arn;
import dev.cloudtest.model.PipelineJson;
import java.util.ArrayList;
import java.util.List;

/**
 * The least-privilege IAM policies for cloudtest's pipeline work (docs/aws-apis.md §5): what the caller (developer
 * or CI principal) needs, what the CodeBuild project's service role needs for logs, artifacts and test reports,
 * and what the pipeline's own role needs to run the new action. Unknown values stay as visible placeholders.
 */
public final class IamPolicy {

    /**
     * What the policies are for.
     *
     * @param stackName the stack the tests read (null: no CloudFormation statements)
     * @param pipelineRoleArn the pipeline's service role (UpdatePipeline passes it)
     * @param codeBuildRoleArn the project's service role
     * @param artifactBucket the pipeline's artifact bucket
     * @param kmsKeyId the artifact store's KMS key, or null when not encrypted with one
     * @param writesOutput whether the action has an output artifact (needs s3:PutObject)
     */
    public record Request(
            String partition,
            String region,
            String account,
            String pipeline,
            String project,
            String stackName,
            String pipelineRoleArn,
            String codeBuildRoleArn,
            String artifactBucket,
            String kmsKeyId,
            boolean writesOutput,
            boolean deleteProject,
            boolean batchBuilds) {}

    /**
     * The stack pool the policies cover (README, stack pool).
     *
     * @param table the lease table
     * @param name the pool (null: any pool in the table; given: {@code dynamodb:LeadingKeys} limits the role to it)
     * @param stackPrefix the pool's stack names start with it (null: {@code <name>-}, or any stack)
     * @since 0.1.0
     */
    public record Pool(String table, String name, String stackPrefix) {
        String prefix() {
            return stackPrefix != null && !stackPrefix.isBlank() ? stackPrefix : name != null ? name + "-" : "";
        }
    }

    private IamPolicy() {}

    /**
     * {@link #build(Request)} plus the pool's statements when {@code pool} names a table: the lease writes on the
     * table (both policies), reads of the pool's stacks (both), and {@code cloudformation:DeleteStack} for
     * shrink-pool (the caller's policy only: an admin goal, not something a test job needs).
     *
     * @since 0.1.0
     */
    public static ObjectNode build(Request r, Pool pool) {
        ObjectNode all = build(r);
        if (pool != null && pool.table() != null && !pool.table().isBlank()) {
            ArrayNode caller = (ArrayNode) all.get("callerPolicy").get("Statement");
            poolStatements(caller, r, pool);
            statement(
                    caller,
                    "PoolShrink",
                    List.of(arn(r, "cloudformation", "stack/" + pool.prefix() + "*/*")),
                    "cloudformation:DeleteStack");
            poolStatements((ArrayNode) all.get("codeBuildServiceRolePolicy").get("Statement"), r, pool);
        }
        return all;
    }

    private static void poolStatements(ArrayNode statements, Request r, Pool pool) {
        statement(
                statements,
                "PoolLeases",
                List.of(arn(r, "dynamodb", "table/" + pool.table())),
                "dynamodb:Query",
                "dynamodb:GetItem",
                "dynamodb:PutItem",
                "dynamodb:UpdateItem",
                "dynamodb:DeleteItem");
        if (pool.name() != null && !pool.name().isBlank()) {
            ((ObjectNode) statements.get(statements.size() - 1))
                    .putObject("Condition")
                    .putObject("ForAllValues:StringEquals")
                    .putArray("dynamodb:LeadingKeys")
                    .add(pool.name());
        }
        statement(
                statements,
                "PoolStacks",
                List.of(arn(r, "cloudformation", "stack/" + pool.prefix() + "*/*")),
                "cloudformation:DescribeStacks",
                "cloudformation:DescribeStackResource",
                "cloudformation:DescribeStackResources",
                "cloudformation:ListStackResources");
    }

    public static ObjectNode build(Request r) {
        ObjectNode all = PipelineJson.newObject();
        all.set("callerPolicy", callerPolicy(r));
        all.set("codeBuildServiceRolePolicy", codeBuildRolePolicy(r));
        all.set("pipelineServiceRoleStatements", pipelineRoleStatements(r));
        return all;
    }

    static ObjectNode callerPolicy(Request r) {
        ObjectNode policy = document();
        ArrayNode statements = (ArrayNode) policy.get("Statement");
        statement(
                statements,
                "Pipeline",
                pipelineArn(r),
                "codepipeline:GetPipeline",
                "codepipeline:UpdatePipeline",
                "codepipeline:ListTagsForResource",
                "codepipeline:StartPipelineExecution",
                "codepipeline:GetPipelineExecution",
                "codepipeline:GetPipelineState",
                "codepipeline:ListActionExecutions",
                "codepipeline:ListPipelineExecutions");
        passRole(statements, "PassPipelineRole", r.pipelineRoleArn(), "codepipeline.amazonaws.com");
        List<String> project = new ArrayList<>(List.of(
                "codebuild:BatchGetProjects",
                "codebuild:CreateProject",
                "codebuild:UpdateProject",
                "codebuild:BatchGetBuilds"));
        if (r.deleteProject()) {
            project.add("codebuild:DeleteProject");
        }
        statement(statements, "Project", projectArn(r), project.toArray(String[]::new));
        passRole(statements, "PassBuildRole", r.codeBuildRoleArn(), "codebuild.amazonaws.com");
        statement(
                statements,
                "Reports",
                reportGroups(r),
                "codebuild:BatchGetReports",
                "codebuild:DescribeTestCases",
                "codebuild:ListReportsForReportGroup",
                "codebuild:GetReportGroupTrend",
                "codebuild:BatchGetReportGroups");
        stackStatements(statements, r);
        return policy;
    }

    static ObjectNode codeBuildRolePolicy(Request r) {
        ObjectNode policy = document();
        ArrayNode statements = (ArrayNode) policy.get("Statement");
        String logGroup = arn(r, "logs", "log-group:/aws/codebuild/" + r.project());
        statement(
                statements,
                "Logs",
                List.of(logGroup, logGroup + ":*"),
                "logs:CreateLogGroup",
                "logs:CreateLogStream",
                "logs:PutLogEvents");
        String bucket = new Arn(r.partition(), "s3", "", "", r.artifactBucket()).toString();
        List<String> s3 = new ArrayList<>(
                List.of("s3:GetObject", "s3:GetObjectVersion", "s3:GetBucketAcl", "s3:GetBucketLocation"));
        if (r.writesOutput()) {
            s3.add("s3:PutObject");
        }
        statement(statements, "PipelineArtifacts", List.of(bucket, bucket + "/*"), s3.toArray(String[]::new));
        if (r.kmsKeyId() != null) {
            statement(
                    statements,
                    "ArtifactKey",
                    List.of(r.kmsKeyId()),
                    r.writesOutput()
                            ? new String[] {"kms:Decrypt", "kms:GenerateDataKey"}
                            : new String[] {"kms:Decrypt"});
        }
        statement(
                statements,
                "TestReports",
                reportGroups(r),
                "codebuild:CreateReportGroup",
                "codebuild:CreateReport",
                "codebuild:UpdateReport",
                "codebuild:BatchPutTestCases",
                "codebuild:BatchPutCodeCoverages");
        stackStatements(statements, r);
        return policy;
    }

    static ArrayNode pipelineRoleStatements(Request r) {
        ArrayNode statements = PipelineJson.mapper().createArrayNode();
        List<String> actions =
                new ArrayList<>(List.of("codebuild:BatchGetBuilds", "codebuild:StartBuild", "codebuild:StopBuild"));
        if (r.batchBuilds()) {
            actions.addAll(
                    List.of("codebuild:BatchGetBuildBatches", "codebuild:StartBuildBatch", "codebuild:StopBuildBatch"));
        }
        statement(statements, "RunIntegrationProject", projectArn(r), actions.toArray(String[]::new));
        return statements;
    }

    private static void stackStatements(ArrayNode statements, Request r) {
        if (r.stackName() == null) {
            return;
        }
        statement(
                statements,
                "StackOutputs",
                List.of(arn(r, "cloudformation", "stack/" + r.stackName() + "/*")),
                "cloudformation:DescribeStacks",
                "cloudformation:DescribeStackResource",
                "cloudformation:DescribeStackResources",
                "cloudformation:ListStackResources");
        statement(statements, "StackExports", List.of("*"), "cloudformation:ListExports");
    }

    private static ObjectNode document() {
        ObjectNode policy = PipelineJson.newObject();
        policy.put("Version", "2012-10-17");
        policy.putArray("Statement");
        return policy;
    }

    private static void statement(ArrayNode statements, String sid, List<String> resources, String... actions) {
        ObjectNode s = statements.addObject();
        s.put("Sid", sid);
        s.put("Effect", "Allow");
        ArrayNode list = s.putArray("Action");
        for (String action : actions) {
            list.add(action);
        }
        if (resources.size() == 1) {
            s.put("Resource", resources.get(0));
        } else {
            resources.forEach(s.putArray("Resource")::add);
        }
    }

    private static void passRole(ArrayNode statements, String sid, String role, String service) {
        statement(statements, sid, List.of(role), "iam:PassRole");
        ((ObjectNode) statements.get(statements.size() - 1))
                .putObject("Condition")
                .putObject("StringEquals")
                .put("iam:PassedToService", service);
    }

    private static List<String> pipelineArn(Request r) {
        return List.of(arn(r, "codepipeline", r.pipeline()));
    }

    private static List<String> projectArn(Request r) {
        return List.of(arn(r, "codebuild", "project/" + r.project()));
    }

    /** CodeBuild names buildspec report groups {@code <project>-<group>}. */
    private static List<String> reportGroups(Request r) {
        return List.of(arn(r, "codebuild", "report-group/" + r.project() + "-*"));
    }

    /** A resource of the request's partition, region and account. */
    private static String arn(Request r, String service, String resource) {
        return new Arn(r.partition(), service, r.region(), r.account(), resource).toString();
    }
}
