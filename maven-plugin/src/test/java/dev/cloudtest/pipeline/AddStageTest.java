package dev.cloudtest.pipeline;

import static dev.cloudtest.pipeline.Fixtures.classicSpec;
import static dev.cloudtest.pipeline.Fixtures.getPipelineOutput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudtest.core.FakeTime;
import dev.cloudtest.core.RecordingReporter;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.model.PipelineJson;
import dev.cloudtest.project.ProjectApplier;
import dev.cloudtest.project.ProjectRequest;
import dev.cloudtest.project.ProjectSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AddStageTest {
    private static final String ROLE = "arn:aws:iam::123456789012:role/it-role";

    @TempDir
    Path out;

    private final InMemoryStores aws = new InMemoryStores();
    private final RecordingReporter reporter = new RecordingReporter();
    private final FakeTime time = new FakeTime();
    /** Read to plan, read back after the write. */
    private static final int READS_OF_ONE_ADD = 2;

    private final List<Duration> sleeps = time.sleeps();

    @BeforeEach
    void seed() {
        aws.seed(getPipelineOutput("classic.json"));
    }

    private EditResult run(boolean dryRun, String serviceRole, Map<String, String> env, boolean force) {
        ProjectApplier applier = new ProjectApplier(aws.projectStore, reporter, time, Duration.ofSeconds(30));
        AddStage addStage = new AddStage(aws.pipelines, aws.projectStore, applier, reporter, out, () -> aws.calls);
        ProjectRequest project =
                new ProjectRequest("IntegrationProject", null, null, null, serviceRole, 1, false, false, null);
        return addStage.run(new AddStage.Request("demo-classic", classicSpec(), project, false, dryRun, force, env));
    }

    private EditResult run() {
        return run(false, "it-role", Map.of(), false);
    }

    private JsonNode file(String name) throws IOException {
        return PipelineJson.parseObject(Files.readAllBytes(out.resolve(name)), name);
    }

    @Test
    void firstRunCreatesTheProjectAndAddsTheStageVerified() throws IOException {
        EditResult result = run();

        assertThat(StagePlanner.stageNames(aws.current("demo-classic").path("stages")))
                .containsExactly("Source", "Build", "Deploy", "IntegrationTest");
        assertThat(aws.current("demo-classic").path("version").asInt()).isEqualTo(2);
        ProjectSettings project = aws.projects.get("IntegrationProject");
        assertThat(project.serviceRole()).isEqualTo(ROLE); // the name resolved in the pipeline's account
        assertThat(project.buildspec()).isEqualTo("integration_buildspec.yml");
        assertThat(project.image()).isEqualTo("aws/codebuild/amazonlinux-x86_64-standard:5.0");
        assertThat(project.sourceType()).isEqualTo("CODEPIPELINE");
        assertThat(project.artifactsType()).isEqualTo("CODEPIPELINE");
        assertThat(result.outcome()).isEqualTo("applied");
        assertThat(result.versionBefore()).isEqualTo(1L);
        assertThat(result.versionAfter()).isEqualTo(2L);
        assertThat(result.awsWriteCalls()).isEqualTo(2);
        assertThat(result.awsCalls().get("CodePipeline.GetPipeline")).isEqualTo(2);
        assertThat(PipelineJson.compact(file("pipeline-result.json")))
                .isEqualTo(PipelineJson.compact(PipelineJson.mapper().valueToTree(result)));
        JsonNode plan = file("pipeline-plan.json");
        assertThat(plan.path("kind").asText()).isEqualTo("INSERT");
        assertThat(plan.path("project").path("action").asText()).isEqualTo("CREATE");
        assertThat(plan.path("diff").asText()).contains("IntegrationTest");
        assertThat(reporter.text()).contains("now at version 2");
    }

    @Test
    void aSecondRunWritesNothing() {
        run();
        int writesAfterFirst = aws.writes();

        EditResult second = run(false, null, Map.of(), false);

        assertThat(aws.writes()).isEqualTo(writesAfterFirst);
        assertThat(second.outcome()).isEqualTo("up-to-date");
        assertThat(second.pipelineWrites()).isZero();
        assertThat(reporter.text())
                .contains("is up to date: nothing to do")
                .contains("CodeBuild project" + " 'IntegrationProject' is up to date");
    }

    @Test
    void aDryRunWritesNothing() throws IOException {
        EditResult result = run(true, "it-role", Map.of(), false);

        assertThat(aws.writes()).isZero();
        assertThat(aws.current("demo-classic").path("stages")).hasSize(3);
        assertThat(result.outcome()).isEqualTo("dry-run");
        assertThat(file("pipeline-plan.json").path("kind").asText()).isEqualTo("INSERT");
    }

    @Test
    void aForeignEditBetweenReadAndWriteIsKept() {
        aws.beforeWrite = current -> {
            aws.beforeWrite = d -> null; // once
            ((ObjectNode) current.path("stages").get(0)).put("foreignEdit", true);
            return current;
        };

        EditResult result = run();

        ObjectNode stored = aws.current("demo-classic");
        assertThat(stored.path("stages").get(0).path("foreignEdit").asBoolean()).isTrue();
        assertThat(StagePlanner.stageNames(stored.path("stages")))
                .containsExactly("Source", "Build", "Deploy", "IntegrationTest");
        assertThat(stored.path("version").asInt()).isEqualTo(4); // foreign 2, ours 3 (lost it), ours again 4
        assertThat(result.foreignWritesDetected()).isEqualTo(1);
        assertThat(result.pipelineWrites()).isEqualTo(2);
        assertThat(reporter.text()).contains("Another writer changed pipeline 'demo-classic'");
    }

    @Test
    void aForeignEditRightAfterOurWriteNeedsNoSecondWrite() {
        aws.afterWrite = current -> {
            aws.afterWrite = d -> null;
            return current.put("foreign", "later");
        };

        EditResult result = run();

        assertThat(aws.current("demo-classic").path("foreign").asText()).isEqualTo("later");
        assertThat(aws.current("demo-classic").path("stages")).hasSize(4);
        assertThat(result.pipelineWrites()).isEqualTo(1);
        assertThat(result.versionAfter()).isEqualTo(3L);
    }

    @Test
    void aPipelineManagedByCloudFormationGetsAWarningWithTheTemplateSnippet() throws IOException {
        aws.tags.put(
                "arn:aws:codepipeline:us-east-1:123456789012:demo-classic",
                Map.of("aws:cloudformation:stack-name", "pipeline-stack"));

        run();

        assertThat(reporter.text())
                .contains("WARN Pipeline 'demo-classic' is managed by CloudFormation stack 'pipeline-stack'")
                .contains("        - Name: IntegrationTest\n")
                .contains("                ProjectName: 'IntegrationProject'\n")
                .contains("                - Name: SourceArtifact\n");
        assertThat(file("pipeline-plan.json").path("cloudFormationStack").asText())
                .isEqualTo("pipeline-stack");
    }

    @Test
    void insideABuildOfTheSamePipelineItRefusesUnlessForced() {
        Map<String, String> env = Map.of("CODEBUILD_INITIATOR", "codepipeline/demo-classic");

        assertThatThrownBy(() -> run(false, "it-role", env, false))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("runs inside pipeline 'demo-classic'")
                .hasMessageContaining("cloudtest.force=true");
        assertThat(aws.writes()).isZero();

        run(false, "it-role", env, true);
        assertThat(aws.current("demo-classic").path("stages")).hasSize(4);
    }

    @Test
    void aBuildOfAnotherPipelineMayEditThisOne() {
        run(false, "it-role", Map.of("CODEBUILD_INITIATOR", "codepipeline/demo-classic-2"), false);
        assertThat(aws.current("demo-classic").path("stages")).hasSize(4);
    }

    @Test
    void aMissingServiceRoleFailsBeforeAnyWrite() {
        assertThatThrownBy(() -> run(false, null, Map.of(), false))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("CodeBuild project 'IntegrationProject' does not exist")
                .hasMessageContaining("-Dcloudtest.serviceRole=");
        assertThat(aws.writes()).isZero();
    }

    @Test
    void aFailedRunIsRecordedInTheResultFile() throws IOException {
        assertThatThrownBy(() -> run(false, null, Map.of(), false)).isInstanceOf(UserFixableException.class);

        JsonNode result = file("pipeline-result.json");
        assertThat(result.path("outcome").asText()).isEqualTo("failed");
        assertThat(result.path("error").asText()).contains("-Dcloudtest.serviceRole=");
        assertThat(result.path("awsWriteCalls").asInt()).isZero();
        assertThat(result.path("awsCalls").path("CodePipeline.GetPipeline").asInt())
                .isEqualTo(1);
    }

    @Test
    void theIamPropagationRefusalIsRetriedWithBackoff() {
        aws.iamRefusals = 2;

        run();

        assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(aws.projects).containsKey("IntegrationProject");
        assertThat(aws.calls.get("CodeBuild.CreateProject")).isEqualTo(3);
        assertThat(aws.calls.get("CodePipeline.GetPipeline"))
                .as("a 6 s wait is not followed by a fresh read")
                .isEqualTo(READS_OF_ONE_ADD);
    }

    @Test
    void aProjectWriteThatWaitedLongOnIamIsFollowedByAFreshReadOfThePipeline() {
        // 2 + 4 + 8 = 14 s on the fake clock: someone may have edited the pipeline meanwhile.
        aws.iamRefusals = 3;

        run();

        assertThat(aws.calls.get("CodePipeline.GetPipeline")).isEqualTo(READS_OF_ONE_ADD + 1);
    }

    @Test
    void aRoleThatNeverWorksFailsAfterTheBoundedWait() {
        aws.iamRefusals = 100;

        assertThatThrownBy(this::run)
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("CodeBuild cannot use service role " + ROLE)
                .hasMessageContaining("trusts codebuild.amazonaws.com");
        // 2 + 4 + 8 + 16 = 30 s: the bound.
        assertThat(sleeps).hasSize(4);
        assertThat(aws.current("demo-classic").path("stages")).hasSize(3);
    }

    @Test
    void aMissingPipelineIsAUserError() {
        ProjectApplier applier = new ProjectApplier(aws.projectStore, reporter, time, Duration.ZERO);
        AddStage addStage = new AddStage(aws.pipelines, aws.projectStore, applier, reporter, out, () -> aws.calls);
        ProjectRequest project = new ProjectRequest("IntegrationProject", null, null, null, "r", 1, false, false, null);
        assertThatThrownBy(() -> addStage.run(
                        new AddStage.Request("nope", classicSpec(), project, false, false, false, Map.of())))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("'nope' does not exist");
    }
}
