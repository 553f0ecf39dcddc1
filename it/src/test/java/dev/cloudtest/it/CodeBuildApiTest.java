package dev.cloudtest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.codebuild.model.ArtifactsType;
import software.amazon.awssdk.services.codebuild.model.BatchGetProjectsResponse;
import software.amazon.awssdk.services.codebuild.model.Build;
import software.amazon.awssdk.services.codebuild.model.ComputeType;
import software.amazon.awssdk.services.codebuild.model.CreateProjectRequest;
import software.amazon.awssdk.services.codebuild.model.EnvironmentType;
import software.amazon.awssdk.services.codebuild.model.InvalidInputException;
import software.amazon.awssdk.services.codebuild.model.Project;
import software.amazon.awssdk.services.codebuild.model.Report;
import software.amazon.awssdk.services.codebuild.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.codebuild.model.ResourceNotFoundException;
import software.amazon.awssdk.services.codebuild.model.SourceType;
import software.amazon.awssdk.services.codebuild.model.TestCase;

class CodeBuildApiTest {
    @RegisterExtension
    static final LocalAwsTestSupport aws = new LocalAwsTestSupport();

    @BeforeAll
    static void start() {
        aws.control.putRole("codebuild-role");
    }

    @Test
    void createdProjectsAreFoundAndMissingOnesListed() {
        aws.codeBuild.createProject(project("created").build());

        BatchGetProjectsResponse response = aws.codeBuild.batchGetProjects(b -> b.names("created", "absent"));

        assertThat(response.projects()).hasSize(1);
        Project project = response.projects().get(0);
        assertThat(project.name()).isEqualTo("created");
        assertThat(project.arn()).isEqualTo("arn:aws:codebuild:us-east-1:123456789012:project/created");
        assertThat(project.serviceRole()).isEqualTo("arn:aws:iam::123456789012:role/codebuild-role");
        assertThat(project.source().buildspec()).isEqualTo("integration_buildspec.yml");
        assertThat(project.timeoutInMinutes()).isEqualTo(60);
        assertThat(project.created()).isNotNull();
        assertThat(response.projectsNotFound()).containsExactly("absent");
    }

    @Test
    void aSecondCreateIsResourceAlreadyExists() {
        aws.codeBuild.createProject(project("twice").build());

        assertThatThrownBy(() -> aws.codeBuild.createProject(project("twice").build()))
                .isInstanceOf(ResourceAlreadyExistsException.class);
    }

    @Test
    void anUnknownRoleCannotBeAssumed() {
        assertThatThrownBy(() -> aws.codeBuild.createProject(
                        project("no-role").serviceRole("ghost").build()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(
                        "CodeBuild is not authorized to perform: sts:AssumeRole on arn:aws:iam::123456789012:role/ghost");
    }

    @Test
    void codePipelineSourceNeedsCodePipelineArtifacts() {
        assertThatThrownBy(() -> aws.codeBuild.createProject(project("mixed")
                        .artifacts(b -> b.type(ArtifactsType.NO_ARTIFACTS))
                        .build()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("both sourceType, and artifactType must be set to: CODEPIPELINE");
    }

    @Test
    void projectNamesFollowThePattern() {
        assertThatThrownBy(
                        () -> aws.codeBuild.createProject(project("-bad name").build()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Value '-bad name' at 'name' failed to satisfy constraint");
    }

    @Test
    void iamPropagationFaultsFailCreateProjectAFewTimes() {
        aws.control.fault("propagating", "CreateProject", "iam-propagation", 2);

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() ->
                            aws.codeBuild.createProject(project("propagating").build()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("not authorized to perform: sts:AssumeRole on "
                            + "arn:aws:iam::123456789012:role/codebuild-role");
        }
        assertThat(aws.codeBuild
                        .createProject(project("propagating").build())
                        .project()
                        .name())
                .isEqualTo("propagating");
    }

    @Test
    void updateProjectReplacesOnlyTheFieldsSent() {
        aws.codeBuild.createProject(project("updated").description("kept").build());

        Project updated = aws.codeBuild
                .updateProject(b -> b.name("updated")
                        .source(s -> s.type(SourceType.CODEPIPELINE).buildspec("it.yml")))
                .project();

        assertThat(updated.source().buildspec()).isEqualTo("it.yml");
        assertThat(updated.description()).isEqualTo("kept");
        assertThat(updated.environment().image()).isEqualTo("aws/codebuild/standard:7.0");
        assertThatThrownBy(() -> aws.codeBuild.updateProject(b -> b.name("never-created")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void deletedProjectsAreGone() {
        aws.codeBuild.createProject(project("deleted").build());

        aws.codeBuild.deleteProject(b -> b.name("deleted"));

        assertThat(aws.codeBuild.batchGetProjects(b -> b.names("deleted")).projectsNotFound())
                .containsExactly("deleted");
    }

    @Test
    void seededBuildsCarryReportsWithPagedTestCases() {
        StringBuilder cases = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            String status = i % 40 == 0 ? "FAILED" : i == 7 ? "ERROR" : "SUCCEEDED";
            cases.append(i == 0 ? "" : ",")
                    .append("{\"name\":\"test")
                    .append(i)
                    .append("\",\"prefix\":\"com.acme.ShopIT\",\"status\":\"")
                    .append(status)
                    .append("\",\"message\":\"boom ")
                    .append(i)
                    .append("\"}");
        }
        aws.control.putBuild(
                "reports-project:build-1",
                "{\"buildStatus\":\"FAILED\",\"reports\":[{\"name\":\"failsafe\",\"testCases\":[" + cases + "]}]}");

        Build build = aws.codeBuild
                .batchGetBuilds(b -> b.ids("reports-project:build-1"))
                .builds()
                .get(0);
        assertThat(build.buildStatusAsString()).isEqualTo("FAILED");
        assertThat(build.reportArns()).hasSize(1);
        String reportArn = build.reportArns().get(0);
        assertThat(reportArn).startsWith("arn:aws:codebuild:us-east-1:123456789012:report/reports-project-failsafe:");
        Report report = aws.codeBuild
                .batchGetReports(b -> b.reportArns(reportArn))
                .reports()
                .get(0);
        assertThat(report.statusAsString()).isEqualTo("FAILED");
        assertThat(report.testSummary().total()).isEqualTo(120);
        assertThat(report.testSummary().statusCounts())
                .containsEntry("FAILED", 3)
                .containsEntry("ERROR", 1)
                .containsEntry("SUCCEEDED", 116);

        List<String> failed = new ArrayList<>();
        for (TestCase testCase : aws.codeBuild
                .describeTestCasesPaginator(
                        b -> b.reportArn(reportArn).maxResults(2).filter(f -> f.status("FAILED")))
                .testCases()) {
            failed.add(testCase.name() + ": " + testCase.message());
        }
        assertThat(failed).containsExactly("test0: boom 0", "test40: boom 40", "test80: boom 80");
        assertThat(aws.codeBuild
                        .describeTestCasesPaginator(b -> b.reportArn(reportArn))
                        .testCases())
                .hasSize(120);
        assertThat(aws.codeBuild
                        .listReportsForReportGroup(b -> b.reportGroupArn(report.reportGroupArn()))
                        .reports())
                .containsExactly(reportArn);
    }

    @Test
    void unknownBuildsAreListedAsNotFound() {
        assertThat(aws.codeBuild.batchGetBuilds(b -> b.ids("nobody:1")).buildsNotFound())
                .containsExactly("nobody:1");
    }

    private static CreateProjectRequest.Builder project(String name) {
        return CreateProjectRequest.builder()
                .name(name)
                .source(s -> s.type(SourceType.CODEPIPELINE).buildspec("integration_buildspec.yml"))
                .artifacts(a -> a.type(ArtifactsType.CODEPIPELINE))
                .environment(e -> e.type(EnvironmentType.LINUX_CONTAINER)
                        .image("aws/codebuild/standard:7.0")
                        .computeType(ComputeType.BUILD_GENERAL1_SMALL))
                .serviceRole("codebuild-role");
    }
}
