package dev.cloudtest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.codebuild.model.ArtifactsType;
import software.amazon.awssdk.services.codebuild.model.BatchGetProjectsResponse;
import software.amazon.awssdk.services.codebuild.model.CodeBuildException;
import software.amazon.awssdk.services.codebuild.model.ComputeType;
import software.amazon.awssdk.services.codebuild.model.CreateProjectRequest;
import software.amazon.awssdk.services.codebuild.model.EnvironmentType;
import software.amazon.awssdk.services.codebuild.model.InvalidInputException;
import software.amazon.awssdk.services.codebuild.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.codebuild.model.SourceType;

/** The moto dialect of CodeBuild (docs/aws-apis.md §7.2) through the real SDK 2.40.2 client. */
class MotoCodeBuildTest {
    private static final String ROLE = "arn:aws:iam::123456789012:role/codebuild-it";

    @RegisterExtension
    static final LocalAwsTestSupport aws = new LocalAwsTestSupport();

    @Test
    void createProjectNeedsLocationsEvenForCodePipeline() {
        aws.control.dialect("moto-no-location", "moto");

        // What the plugin sends to AWS: CODEPIPELINE source and artifacts have no location.
        assertThatThrownBy(() -> aws.codeBuild.createProject(project("moto-no-location")
                        .source(s -> s.type(SourceType.CODEPIPELINE).buildspec("it.yml"))
                        .build()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Project source location is required");
        assertThatThrownBy(() -> aws.codeBuild.createProject(project("moto-no-location")
                        .artifacts(a -> a.type(ArtifactsType.CODEPIPELINE))
                        .build()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Project source location is required");
    }

    @Test
    void createProjectKnowsOnlyFourComputeTypes() {
        aws.control.dialect("moto-xlarge", "moto");

        assertThatThrownBy(() -> aws.codeBuild.createProject(project("moto-xlarge")
                        .environment(e -> e.type(EnvironmentType.LINUX_CONTAINER)
                                .image("aws/codebuild/standard:7.0")
                                .computeType(ComputeType.BUILD_GENERAL1_XLARGE))
                        .build()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Invalid compute type provided: BUILD_GENERAL1_XLARGE");
    }

    @Test
    void createProjectWantsARoleArnOfTheAccountButNeverLooksItUp() throws IOException {
        aws.control.dialect("moto-role", "moto");

        // AWS accepts a role name; moto does not.
        assertThatThrownBy(() -> aws.codeBuild.createProject(
                        project("moto-role").serviceRole("codebuild-it").build()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Invalid service role: Service role account ID does not match caller's account");
        // Never declared through the control API, yet accepted: moto's CodeBuild has no IAM check.
        HttpResponse<String> created = aws.rawJsonCall(
                "CodeBuild_20161006.CreateProject", Json.write(Json.MAPPER.valueToTree(rawProject("moto-role"))), true);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        JsonNode project = Json.MAPPER.readTree(created.body()).path("project");
        assertThat(project.path("serviceRole").asText()).isEqualTo(ROLE);
        assertThat(project.path("created").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
    }

    @Test
    void createProjectSucceedsButItsAnswerCannotBeUnmarshalled() {
        aws.control.dialect("moto-created", "moto");

        assertThatThrownBy(() ->
                        aws.codeBuild.createProject(project("moto-created").build()))
                .isInstanceOf(SdkClientException.class)
                .hasMessageContaining("Unable to unmarshall response");
        // The project exists all the same: a retry of the create is ResourceAlreadyExistsException.
        assertThat(aws.control.projectJson("moto-created")).isNotNull();
        assertThatThrownBy(() ->
                        aws.codeBuild.createProject(project("moto-created").build()))
                .isInstanceOf(ResourceAlreadyExistsException.class)
                .hasMessageContaining(
                        "Project already exists: arn:aws:codebuild:us-east-1:123456789012:project/moto-created");
    }

    @Test
    void batchGetProjectsNeverListsProjectsNotFound() throws IOException {
        aws.control.dialect("moto-absent", "moto");

        BatchGetProjectsResponse response = aws.codeBuild.batchGetProjects(b -> b.names("moto-absent"));

        // The existence check must be "not in projects", not "in projectsNotFound".
        assertThat(response.projects()).isEmpty();
        assertThat(response.projectsNotFound()).isEmpty();
        HttpResponse<String> raw =
                aws.rawJsonCall("CodeBuild_20161006.BatchGetProjects", "{\"names\":[\"moto-absent\"]}", true);
        assertThat(Json.MAPPER.readTree(raw.body()).has("projectsNotFound")).isFalse();
    }

    @Test
    void batchGetProjectsOfAnExistingProjectCannotBeUnmarshalled() {
        aws.control.dialect("moto-found", "moto");
        aws.control.putProject("moto-found", "{\"serviceRole\":\"" + ROLE + "\"}");

        assertThatThrownBy(() -> aws.codeBuild.batchGetProjects(b -> b.names("moto-found")))
                .isInstanceOf(SdkClientException.class)
                .hasMessageContaining("Input timestamp string must be no longer than 20 characters");
    }

    @Test
    void batchGetBuildsHasIsoTimesAndNoBuildsNotFound() throws IOException {
        aws.control.dialect("moto-builds", "moto");
        aws.control.putBuild("moto-builds:b-1", "{\"buildStatus\":\"SUCCEEDED\"}");

        HttpResponse<String> raw = aws.rawJsonCall(
                "CodeBuild_20161006.BatchGetBuilds", "{\"ids\":[\"moto-builds:b-1\",\"moto-builds:b-2\"]}", true);

        JsonNode answer = Json.MAPPER.readTree(raw.body());
        assertThat(answer.has("buildsNotFound")).isFalse();
        assertThat(answer.path("builds")).hasSize(1);
        assertThat(answer.path("builds").get(0).path("startTime").isTextual()).isTrue();
        assertThatThrownBy(() -> aws.codeBuild.batchGetBuilds(b -> b.ids("moto-builds:b-1")))
                .isInstanceOf(SdkClientException.class)
                .hasMessageContaining("Unable to unmarshall response");
        assertThatThrownBy(() -> aws.codeBuild.batchGetBuilds(b -> b.ids("moto-builds")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Invalid build ID provided");
    }

    @Test
    void updateProjectAndTheReportOperationsAnswerMotosBare500() {
        aws.control.dialect("moto-missing", "moto");
        // Report calls are about their report group, <project>-<report name>.
        aws.control.dialect("moto-missing-failsafe", "moto");
        String reportArn = "arn:aws:codebuild:us-east-1:123456789012:report/moto-missing-failsafe:1";
        String groupArn = "arn:aws:codebuild:us-east-1:123456789012:report-group/moto-missing-failsafe";

        expect500("moto-missing", "UpdateProject", () -> aws.codeBuild.updateProject(b -> b.name("moto-missing")));
        expect500(
                "moto-missing-failsafe",
                "BatchGetReports",
                () -> aws.codeBuild.batchGetReports(b -> b.reportArns(reportArn)));
        expect500(
                "moto-missing-failsafe",
                "DescribeTestCases",
                () -> aws.codeBuild.describeTestCases(b -> b.reportArn(reportArn)));
        expect500(
                "moto-missing-failsafe",
                "ListReportsForReportGroup",
                () -> aws.codeBuild.listReportsForReportGroup(b -> b.reportGroupArn(groupArn)));
    }

    private static void expect500(String resource, String operation, ThrowingCallable call) {
        int before = aws.control.count(resource, operation);
        assertThatThrownBy(call).isInstanceOfSatisfying(CodeBuildException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(500);
            assertThat(e.awsErrorDetails().errorCode()).isNull();
            assertThat(e.numAttempts()).isEqualTo(4);
        });
        assertThat(aws.control.count(resource, operation) - before).isEqualTo(4);
    }

    /** What moto accepts: dummy locations and a role ARN of the account. */
    private static CreateProjectRequest.Builder project(String name) {
        return CreateProjectRequest.builder()
                .name(name)
                .source(s ->
                        s.type(SourceType.CODEPIPELINE).location("codepipeline").buildspec("it.yml"))
                .artifacts(a -> a.type(ArtifactsType.CODEPIPELINE).location("codepipeline"))
                .environment(e -> e.type(EnvironmentType.LINUX_CONTAINER)
                        .image("aws/codebuild/standard:7.0")
                        .computeType(ComputeType.BUILD_GENERAL1_SMALL))
                .serviceRole(ROLE);
    }

    private static java.util.Map<String, Object> rawProject(String name) {
        return java.util.Map.of(
                "name", name,
                "source", java.util.Map.of("type", "CODEPIPELINE", "location", "codepipeline"),
                "artifacts", java.util.Map.of("type", "CODEPIPELINE", "location", "codepipeline"),
                "environment",
                        java.util.Map.of(
                                "type", "LINUX_CONTAINER",
                                "image", "aws/codebuild/standard:7.0",
                                "computeType", "BUILD_GENERAL1_SMALL"),
                "serviceRole", ROLE);
    }
}
