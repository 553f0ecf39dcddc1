package dev.cloudtest.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.core.UserFixableException;
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
                batchMaxBuilds,
                "NO_CACHE",
                null,
                true);
    }

    private static ProjectRequest request(String buildspec, String image, String computeType, String role, int shards) {
        return new ProjectRequest(
                "IntegrationProject", buildspec, image, computeType, role, shards, false, false, null);
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
                        0,
                        "NO_CACHE",
                        null,
                        true));
    }

    @Test
    void aBuildspecThatCachesGetsAProjectCacheThatServesIt() {
        ProjectRequest caching = new ProjectRequest("IntegrationProject", null, null, null, null, 1, false, true, null);

        assertThat(ProjectPlanner.plan(Optional.empty(), caching, Optional.of(ROLE))
                        .desired()
                        .cacheType())
                .isEqualTo("LOCAL");
        ProjectPlan update = ProjectPlanner.plan(Optional.of(existing), caching, Optional.empty());
        assertThat(update.changes()).containsExactly("cache.type: NO_CACHE -> LOCAL");

        ProjectSettings withS3 = new ProjectSettings(
                "IntegrationProject",
                "CODEPIPELINE",
                "CODEPIPELINE",
                "integration_buildspec.yml",
                "LINUX_CONTAINER",
                "aws/codebuild/standard:7.0",
                "BUILD_GENERAL1_MEDIUM",
                ROLE,
                0,
                "S3",
                null,
                true);
        assertThat(ProjectPlanner.plan(Optional.of(withS3), caching, Optional.empty())
                        .action())
                .as("a cache the project has already serves the paths")
                .isEqualTo(ProjectPlan.Action.UP_TO_DATE);
    }

    @Test
    void aCacheBucketGivesAnS3CacheAndABadOneIsRefused() {
        ProjectRequest s3 =
                new ProjectRequest("IntegrationProject", null, null, null, null, 1, false, true, "ci-cache/it");
        ProjectSettings created =
                ProjectPlanner.plan(Optional.empty(), s3, Optional.of(ROLE)).desired();
        assertThat(created.cacheType()).isEqualTo("S3");
        assertThat(created.cacheLocation()).isEqualTo("ci-cache/it");
        assertThat(ProjectPlanner.plan(Optional.of(existing), s3, Optional.empty())
                        .changes())
                .containsExactly("cache.type: NO_CACHE -> S3", "cache.location: null -> ci-cache/it");

        assertThat(new ProjectRequest("IntegrationProject", null, null, null, null, 1, false, true, "Bad Bucket!")
                        .problems())
                .anyMatch(p -> p.startsWith("cloudtest.project.cacheBucket 'Bad Bucket!' is not an S3 bucket name"));
    }

    @Test
    void someoneElsesProjectWithoutACacheIsWarnedAboutNotChanged() {
        ProjectSettings theirs = new ProjectSettings(
                "IntegrationProject",
                "CODEPIPELINE",
                "CODEPIPELINE",
                "integration_buildspec.yml",
                "LINUX_CONTAINER",
                "img",
                "BUILD_GENERAL1_SMALL",
                ROLE,
                0,
                "NO_CACHE",
                null,
                false);
        ProjectRequest caching = new ProjectRequest("IntegrationProject", null, null, null, null, 1, false, true, null);

        ProjectPlan plan = ProjectPlanner.plan(Optional.of(theirs), caching, Optional.empty());

        assertThat(plan.action()).isEqualTo(ProjectPlan.Action.UP_TO_DATE);
        assertThat(plan.warnings())
                .singleElement()
                .asString()
                .contains("has no cache (NO_CACHE), so the cache does nothing")
                .contains("-Dcloudtest.project.takeOver=true");
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

    private static final ProjectSettings SOMEONE_ELSES = new ProjectSettings(
            "IntegrationProject",
            "GITHUB",
            "NO_ARTIFACTS",
            "",
            "LINUX_CONTAINER",
            "img",
            "BUILD_GENERAL1_SMALL",
            ROLE,
            0,
            "NO_CACHE",
            null,
            false);

    @Test
    void aProjectCloudtestDidNotCreateIsNotTakenOverSilently() {
        assertThatThrownBy(() -> ProjectPlanner.plan(
                        Optional.of(SOMEONE_ELSES), request(null, null, null, null, 1), Optional.empty()))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("CodeBuild project 'IntegrationProject' exists, was not created by cloudtest")
                .hasMessageContaining("its source type is GITHUB, the stage needs CODEPIPELINE")
                .hasMessageContaining("its artifacts type is NO_ARTIFACTS, the stage needs CODEPIPELINE")
                .hasMessageContaining("it runs the buildspec 'buildspec.yml (the default)', the stage needs"
                        + " 'integration_buildspec.yml'")
                .hasMessageEndingWith("take it over with -Dcloudtest.project.takeOver=true.");
    }

    @Test
    void theBuildStagesProjectRunningAnotherBuildspecIsRefusedToo() {
        ProjectSettings buildStage = new ProjectSettings(
                "IntegrationProject",
                "CODEPIPELINE",
                "CODEPIPELINE",
                "buildspec.yml",
                "LINUX_CONTAINER",
                "img",
                "BUILD_GENERAL1_SMALL",
                ROLE,
                0,
                "NO_CACHE",
                null,
                false);
        assertThatThrownBy(() -> ProjectPlanner.plan(
                        Optional.of(buildStage), request(null, null, null, null, 1), Optional.empty()))
                .hasMessageContaining(
                        "it runs the buildspec 'buildspec.yml', the stage needs 'integration_buildspec.yml'");
        // Naming the buildspec it runs says "this is the project I mean": used as it is.
        assertThat(ProjectPlanner.plan(
                                Optional.of(buildStage),
                                request("buildspec.yml", null, null, null, 1),
                                Optional.empty())
                        .action())
                .isEqualTo(ProjectPlan.Action.UP_TO_DATE);
    }

    @Test
    void takenOverOnPurposeAProjectIsSwitchedToThePipeline() {
        ProjectPlan plan = ProjectPlanner.plan(
                Optional.of(SOMEONE_ELSES),
                new ProjectRequest("IntegrationProject", null, null, null, null, 1, true, false, null),
                Optional.empty());

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
