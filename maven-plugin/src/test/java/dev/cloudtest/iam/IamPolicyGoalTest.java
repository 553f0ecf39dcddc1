package dev.cloudtest.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudtest.core.RecordingReporter;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.model.PipelineJson;
import dev.cloudtest.pipeline.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IamPolicyGoalTest {
    @TempDir
    Path dir;

    private final RecordingReporter reporter = new RecordingReporter();

    private static JsonNode statement(JsonNode policy, String sid) {
        for (JsonNode s : policy.path("Statement")) {
            if (s.path("Sid").asText().equals(sid)) {
                return s;
            }
        }
        throw new AssertionError("no statement " + sid + " in " + policy);
    }

    @Test
    void fillsEveryResourceFromASavedPipeline() throws IOException {
        Path file = dir.resolve("p.json");
        Files.writeString(file, PipelineJson.pretty(Fixtures.getPipelineOutput("v2-everything.json")));

        ObjectNode policies = IamPolicyGoal.run(
                new IamPolicyGoal.Parameters(
                        null,
                        "IntegrationProject",
                        "app-stack",
                        "it-role",
                        null,
                        null,
                        file,
                        "IntegrationTestOutput",
                        false,
                        1),
                Optional.empty(),
                reporter,
                dir);

        JsonNode caller = policies.get("callerPolicy");
        assertThat(statement(caller, "Pipeline").path("Resource").asText())
                .isEqualTo("arn:aws:codepipeline:us-east-1:123456789012:demo-v2");
        assertThat(statement(caller, "Pipeline").path("Action").toString())
                .contains(
                        "codepipeline:GetPipeline", "codepipeline:UpdatePipeline", "codepipeline:ListTagsForResource");
        assertThat(statement(caller, "PassPipelineRole").path("Resource").asText())
                .isEqualTo("arn:aws:iam::123456789012:role/pipeline-role");
        assertThat(statement(caller, "PassPipelineRole").path("Condition").toString())
                .isEqualTo("{\"StringEquals\":{\"iam:PassedToService\":\"codepipeline.amazonaws.com\"}}");
        assertThat(statement(caller, "Project").path("Resource").asText())
                .isEqualTo("arn:aws:codebuild:us-east-1:123456789012:project/IntegrationProject");
        assertThat(statement(caller, "Project").path("Action").toString()).doesNotContain("DeleteProject");
        assertThat(statement(caller, "PassBuildRole").path("Resource").asText())
                .isEqualTo("arn:aws:iam::123456789012:role/it-role");
        assertThat(statement(caller, "Reports").path("Resource").asText())
                .isEqualTo("arn:aws:codebuild:us-east-1:123456789012:report-group/IntegrationProject-*");
        assertThat(statement(caller, "StackOutputs").path("Resource").asText())
                .isEqualTo("arn:aws:cloudformation:us-east-1:123456789012:stack/app-stack/*");

        JsonNode role = policies.get("codeBuildServiceRolePolicy");
        assertThat(statement(role, "Logs").path("Resource").toString())
                .isEqualTo("[\"arn:aws:logs:us-east-1:123456789012:log-group:/aws/codebuild/IntegrationProject\","
                        + "\"arn:aws:logs:us-east-1:123456789012:log-group:/aws/codebuild/IntegrationProject:*\"]");
        assertThat(statement(role, "PipelineArtifacts").path("Resource").toString())
                .isEqualTo("[\"arn:aws:s3:::artifacts-us-east-1\",\"arn:aws:s3:::artifacts-us-east-1/*\"]");
        assertThat(statement(role, "PipelineArtifacts").path("Action").toString())
                .contains("s3:PutObject");
        assertThat(statement(role, "ArtifactKey").path("Resource").asText())
                .isEqualTo("arn:aws:kms:us-east-1:123456789012:key/abc");
        assertThat(statement(role, "TestReports").path("Action").toString())
                .isEqualTo("[\"codebuild:CreateReportGroup\",\"codebuild:CreateReport\",\"codebuild:UpdateReport\","
                        + "\"codebuild:BatchPutTestCases\",\"codebuild:BatchPutCodeCoverages\"]");
        assertThat(policies.path("pipelineServiceRoleStatements")
                        .get(0)
                        .path("Action")
                        .toString())
                .isEqualTo("[\"codebuild:BatchGetBuilds\",\"codebuild:StartBuild\",\"codebuild:StopBuild\"]");
        assertThat(policies.path("placeholders")).isEmpty();
        assertThat(PipelineJson.parseObject(Files.readAllBytes(dir.resolve("iam-caller-policy.json")), "caller"))
                .isEqualTo(caller);
        assertThat(Files.exists(dir.resolve("iam-policy.json"))).isTrue();
    }

    @Test
    void leavesVisiblePlaceholdersForWhatItCannotKnow() {
        ObjectNode policies = IamPolicyGoal.run(
                new IamPolicyGoal.Parameters(
                        "demo", "IntegrationProject", null, null, null, null, null, "none", true, 3),
                Optional.of("eu-west-1"),
                reporter,
                dir);

        JsonNode caller = policies.get("callerPolicy");
        assertThat(statement(caller, "Pipeline").path("Resource").asText())
                .isEqualTo("arn:aws:codepipeline:eu-west-1:ACCOUNT_ID:demo");
        assertThat(statement(caller, "Project").path("Action").toString()).contains("codebuild:DeleteProject");
        assertThat(caller.toString()).doesNotContain("cloudformation");
        assertThat(statement(policies.get("codeBuildServiceRolePolicy"), "PipelineArtifacts")
                        .path("Action")
                        .toString())
                .doesNotContain("PutObject");
        assertThat(policies.path("pipelineServiceRoleStatements")
                        .get(0)
                        .path("Action")
                        .toString())
                .contains("codebuild:StartBuildBatch");
        assertThat(reporter.text())
                .contains("Placeholder ACCOUNT_ID left in the policy: set cloudtest.account")
                .contains("ARTIFACT_BUCKET");
    }

    @Test
    void aConfiguredPoolTableAddsTheLeaseStatementsAndDeleteStackForShrinkToTheCallerOnly() {
        IamPolicyGoal.Parameters parameters = new IamPolicyGoal.Parameters(
                "demo", "IntegrationProject", null, null, "eu-west-1", "123456789012", null, "none", false, 1);
        ObjectNode policies = IamPolicyGoal.run(
                parameters,
                new IamPolicy.Pool("cloudtest-stack-pool", "orders-it", null),
                Optional.empty(),
                reporter,
                dir);

        JsonNode caller = policies.get("callerPolicy");
        JsonNode build = policies.get("codeBuildServiceRolePolicy");
        for (JsonNode policy : List.of(caller, build)) {
            JsonNode leases = statement(policy, "PoolLeases");
            assertThat(leases.path("Resource").asText())
                    .isEqualTo("arn:aws:dynamodb:eu-west-1:123456789012:table/cloudtest-stack-pool");
            assertThat(leases.path("Action").toString())
                    .contains(
                            "dynamodb:Query",
                            "dynamodb:GetItem",
                            "dynamodb:PutItem",
                            "dynamodb:UpdateItem",
                            "dynamodb:DeleteItem")
                    .doesNotContain("CreateTable", "Scan");
            assertThat(leases.path("Condition").toString())
                    .isEqualTo("{\"ForAllValues:StringEquals\":{\"dynamodb:LeadingKeys\":[\"orders-it\"]}}");
            assertThat(statement(policy, "PoolStacks").path("Resource").asText())
                    .isEqualTo("arn:aws:cloudformation:eu-west-1:123456789012:stack/orders-it-*/*");
        }
        assertThat(statement(caller, "PoolShrink").path("Action").toString()).contains("cloudformation:DeleteStack");
        assertThat(build.toString()).doesNotContain("DeleteStack");

        ObjectNode without = IamPolicyGoal.run(parameters, Optional.empty(), reporter, dir);
        assertThat(without.toString()).doesNotContain("dynamodb", "PoolShrink");
    }

    @Test
    void malformedParametersAreRefusedInsteadOfMakingArnsThatMatchNothing() {
        // Found by QA: -Dcloudtest.account=12 and a pipeline name with a space gave a policy without any warning.
        assertThatThrownBy(() -> IamPolicyGoal.run(
                        new IamPolicyGoal.Parameters(
                                "bad name", "IntegrationProject", null, "my role", null, "12", null, null, false, 1),
                        Optional.empty(),
                        reporter,
                        dir))
                .isInstanceOf(UserFixableException.class)
                .hasMessage("The iam-policy parameters are not valid:\n"
                        + "  - cloudtest.account '12' is not an AWS account id (12 digits)\n"
                        + "  - cloudtest.pipeline: the pipeline name 'bad name' may contain only letters, digits and"
                        + " . @ - _\n"
                        + "  - cloudtest.serviceRole 'my role' is not a role name or ARN");
        assertThat(dir.resolve("iam-policy.json")).doesNotExist();
    }
}
