package dev.cloudtest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectPlannerTest {
    private static final String ROLE = "arn:aws:iam::123456789012:role/it";
    private final ProjectSettings existing = existing(0);

    /** A project as CodeBuild describes it, with {@code batchMaxBuilds} as the batch limit (0: batch builds off). */
    private static ProjectSettings existing(int batchMaxBuilds) {
        return new ProjectSettings(
                "IntegrationProject",
                "CODEPIPELINE",
                "CODEPIPELINE",
                "integration_buildspec.yml",
                "LINUX_CONTAINER",
                "aws/codebuild/standard:7.0",
                "BUILD_GENERAL1_MEDIUM",
                ROLE,
                batchMaxBuilds);
    }

    private static ProjectRequest request(String buildspec, String image, String computeType, String role, int shards) {
        return new ProjectRequest("IntegrationProject", buildspec, image, computeType, role, shards);
    }

    @Test
    void createsWithTheDefaults() {
        ProjectPlan plan = ProjectPlanner.plan(Optional.empty(), request(null, null, null, null, 1), Optional.of(ROLE));

        assertThat(plan.action()).isEqualTo(ProjectPlan.Action.CREATE);
        assertThat(plan.desired())
                .isEqualTo(new ProjectSettings(
                        "IntegrationProject",
                        "CODEPIPELINE",
                        "CODEPIPELINE",
                        "integration_buildspec.yml",
                        "LINUX_CONTAINER",
                        "aws/codebuild/amazonlinux-x86_64-standard:5.0",
                        "BUILD_GENERAL1_SMALL",
                        ROLE,
                        0));
    }

    @Test
    void creatingWithoutARoleFailsNamingTheParameter() {
        assertThatThrownBy(() ->
                        ProjectPlanner.plan(Optional.empty(), request(null, null, null, null, 1), Optional.empty()))
                .hasMessageContaining("-Dcloudtest.serviceRole=");
    }

    @Test
    void unsetParametersKeepWhatAnExistingProjectHas() {
        ProjectPlan plan =
                ProjectPlanner.plan(Optional.of(existing), request(null, null, null, null, 1), Optional.empty());

        assertThat(plan.action()).isEqualTo(ProjectPlan.Action.UP_TO_DATE);
        assertThat(plan.summary()).isEqualTo("CodeBuild project 'IntegrationProject' is up to date.");
    }

    @Test
    void givenParametersChangeOnlyTheOwnedFields() {
        ProjectPlan plan = ProjectPlanner.plan(
                Optional.of(existing),
                request("it.yml", "aws/codebuild/amazonlinux-aarch64-standard:3.0", null, null, 1),
                Optional.empty());

        assertThat(plan.action()).isEqualTo(ProjectPlan.Action.UPDATE);
        assertThat(plan.changes())
                .containsExactly(
                        "source.buildspec: integration_buildspec.yml -> it.yml",
                        "environment.type: LINUX_CONTAINER -> ARM_CONTAINER",
                        "environment.image: aws/codebuild/standard:7.0 -> aws/codebuild/amazonlinux-aarch64-standard:3.0");
    }

    @Test
    void aProjectWithAnotherSourceTypeIsSwitchedToThePipeline() {
        ProjectSettings github = new ProjectSettings(
                "IntegrationProject",
                "GITHUB",
                "NO_ARTIFACTS",
                "",
                "LINUX_CONTAINER",
                "img",
                "BUILD_GENERAL1_SMALL",
                ROLE,
                0);

        ProjectPlan plan =
                ProjectPlanner.plan(Optional.of(github), request(null, null, null, null, 1), Optional.empty());

        assertThat(plan.changes())
                .containsExactly(
                        "source.type: GITHUB -> CODEPIPELINE",
                        "source.buildspec:  -> integration_buildspec.yml",
                        "artifacts.type: NO_ARTIFACTS -> CODEPIPELINE");
    }

    @Test
    void shardsNeedABatchConfigurationLargeEnough() {
        ProjectPlan plan =
                ProjectPlanner.plan(Optional.of(existing), request(null, null, null, null, 4), Optional.empty());
        assertThat(plan.changes()).containsExactly("buildBatchConfig.restrictions.maximumBuildsAllowed: 0 -> 4");

        ProjectSettings batch = existing(10);
        assertThat(ProjectPlanner.plan(Optional.of(batch), request(null, null, null, null, 4), Optional.empty())
                        .action())
                .isEqualTo(ProjectPlan.Action.UP_TO_DATE);
    }

    @Test
    void aRoleNameBecomesAnArnInThePipelinesAccount() {
        ProjectRequest byName = request(null, null, null, "service-role/it", 1);
        assertThat(byName.serviceRoleArn(Optional.of("aws-cn"), Optional.of("210987654321")))
                .contains("arn:aws-cn:iam::210987654321:role/service-role/it");
        assertThat(request(null, null, null, ROLE, 1).serviceRoleArn(Optional.empty(), Optional.empty()))
                .contains(ROLE);
        assertThatThrownBy(() -> byName.serviceRoleArn(Optional.empty(), Optional.empty()))
                .hasMessageContaining("give the full role ARN");
    }
}
