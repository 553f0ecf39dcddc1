package dev.cloudtest.pipeline;

import static dev.cloudtest.pipeline.Fixtures.classicSpec;
import static dev.cloudtest.pipeline.Fixtures.declaration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.model.PipelineJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StagePlannerTest {
    private final ObjectNode classic = declaration("classic.json");

    private static StageSpec spec(
            String after, String stage, String action, String input, String output, Map<String, String> env) {
        return new StageSpec(after, stage, action, input, output, "IntegrationProject", env, 1);
    }

    private static List<String> stageNames(JsonNode declaration) {
        return StagePlanner.stageNames(declaration.path("stages"));
    }

    @Test
    void insertsTheStageRightAfterDeployAndTouchesNothingElse() {
        PipelinePlan plan = StagePlanner.plan(classic, classicSpec(), false);

        assertThat(plan.kind()).isEqualTo(PipelinePlan.Kind.INSERT);
        assertThat(plan.position()).isEqualTo(3);
        assertThat(stageNames(plan.after())).containsExactly("Source", "Build", "Deploy", "IntegrationTest");
        JsonNode action = plan.after().path("stages").get(3).path("actions").get(0);
        assertThat(action.path("name").asText()).isEqualTo("Integration");
        assertThat(PipelineJson.compact(action.path("actionTypeId")))
                .isEqualTo("{\"category\":\"Test\",\"owner\":\"AWS\",\"provider\":\"CodeBuild\",\"version\":\"1\"}");
        assertThat(PipelineJson.compact(action.path("configuration")))
                .isEqualTo("{\"ProjectName\":\"IntegrationProject\"}");
        assertThat(PipelineJson.compact(action.path("inputArtifacts"))).isEqualTo("[{\"name\":\"SourceArtifact\"}]");
        assertThat(PipelineJson.compact(action.path("outputArtifacts")))
                .isEqualTo("[{\"name\":\"IntegrationTestOutput\"}]");
        ObjectNode withoutNewStage = plan.after().deepCopy();
        ((ArrayNode) withoutNewStage.get("stages")).remove(3);
        assertThat(withoutNewStage).isEqualTo(classic);
        assertThat(plan.before()).isEqualTo(declaration("classic.json")); // the input is never modified
        assertThat(plan.diff())
                .contains("\n+    \"name\" : \"IntegrationTest\"")
                .doesNotContain("\n-");
    }

    @Test
    void insertsAfterAnyNamedStage() {
        PipelinePlan plan = StagePlanner.plan(
                classic, spec("Build", "IntegrationTest", "Integration", "BuildArtifact", "", Map.of()), false);

        assertThat(stageNames(plan.after())).containsExactly("Source", "Build", "IntegrationTest", "Deploy");
        assertThat(plan.after().path("stages").get(2).path("actions").get(0).path("outputArtifacts"))
                .isEmpty();
    }

    @Test
    void aMissingAfterStageFailsListingTheStagesThereAre() {
        assertThatThrownBy(() -> StagePlanner.plan(
                        classic, spec("Prod", "IntegrationTest", "Integration", "SourceArtifact", "", Map.of()), false))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("has no stage 'Prod'")
                .hasMessageContaining("Its stages are: Source, Build, Deploy")
                .hasMessageContaining("cloudtest.after");
    }

    @Test
    void aMistypedAfterFailsEvenWhenTheStageIsAlreadyThere() {
        ObjectNode withStage = StagePlanner.plan(classic, classicSpec(), false).after();

        assertThatThrownBy(() -> StagePlanner.plan(
                        withStage,
                        spec(
                                "Deplyo",
                                "IntegrationTest",
                                "Integration",
                                "SourceArtifact",
                                "IntegrationTestOutput",
                                Map.of()),
                        false))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("has no stage 'Deplyo'")
                .hasMessageContaining("cloudtest.after");
    }

    @Test
    void anEqualStageMeansNothingToDo() {
        ObjectNode withStage = StagePlanner.plan(classic, classicSpec(), false).after();

        PipelinePlan again = StagePlanner.plan(withStage, classicSpec(), false);

        assertThat(again.kind()).isEqualTo(PipelinePlan.Kind.NOTHING);
        assertThat(again.after()).isSameAs(withStage);
        assertThat(again.diff()).isEmpty();
    }

    @Test
    void defaultsTheServiceFillsInAndEnvironmentJsonSpellingAreNotDifferences() {
        Map<String, String> env = Map.of("ENV_STACK_NAME", "demo-stack");
        StageSpec withEnv = spec("Deploy", "IntegrationTest", "Integration", "SourceArtifact", "", env);
        ObjectNode withStage = StagePlanner.plan(classic, withEnv, false).after();
        ObjectNode action =
                (ObjectNode) withStage.path("stages").get(3).path("actions").get(0);
        action.remove("runOrder");
        action.remove("outputArtifacts");
        ((ObjectNode) action.get("configuration"))
                .put("EnvironmentVariables", "[ {\"value\": \"demo-stack\", \"name\": \"ENV_STACK_NAME\"} ]");

        assertThat(StagePlanner.plan(withStage, withEnv, false).kind()).isEqualTo(PipelinePlan.Kind.NOTHING);
    }

    @Test
    void aDifferingStageFailsShowingTheDifferenceUnlessReplaceIsAllowed() {
        ObjectNode withStage = StagePlanner.plan(classic, classicSpec(), false).after();
        StageSpec otherProject = new StageSpec(
                "Deploy",
                "IntegrationTest",
                "Integration",
                "SourceArtifact",
                "IntegrationTestOutput",
                "OtherProject",
                Map.of(),
                1);

        assertThatThrownBy(() -> StagePlanner.plan(withStage, otherProject, false))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("already has a stage 'IntegrationTest' that differs")
                .hasMessageContaining("\n-      \"ProjectName\" : \"IntegrationProject\"\n"
                        + "+      \"ProjectName\" : \"OtherProject\"")
                .hasMessageContaining("cloudtest.replace=true");

        PipelinePlan replaced = StagePlanner.plan(withStage, otherProject, true);
        assertThat(replaced.kind()).isEqualTo(PipelinePlan.Kind.REPLACE);
        assertThat(replaced.position()).isEqualTo(3);
        assertThat(stageNames(replaced.after())).containsExactly("Source", "Build", "Deploy", "IntegrationTest");
        assertThat(replaced.after()
                        .path("stages")
                        .get(3)
                        .path("actions")
                        .get(0)
                        .path("configuration")
                        .path("ProjectName")
                        .asText())
                .isEqualTo("OtherProject");
    }

    @Test
    void replacingKeepsTheStagesOtherActionsAndConditions() {
        ObjectNode withStage = StagePlanner.plan(classic, classicSpec(), false).after();
        ObjectNode stage = (ObjectNode) withStage.path("stages").get(3);
        stage.putObject("onFailure").put("result", "ROLLBACK");
        ObjectNode smoke = ((ArrayNode) stage.get("actions")).addObject();
        smoke.put("name", "Smoke").put("runOrder", 2);
        smoke.putObject("actionTypeId")
                .put("category", "Approval")
                .put("owner", "AWS")
                .put("provider", "Manual")
                .put("version", "1");
        PipelinePlan plan = StagePlanner.plan(withStage, classicSpec(4), true);

        JsonNode after = plan.after().path("stages").get(3);
        assertThat(after.path("onFailure").path("result").asText()).isEqualTo("ROLLBACK");
        assertThat(after.path("actions")).hasSize(2);
        assertThat(after.path("actions")
                        .get(0)
                        .path("configuration")
                        .path("BatchEnabled")
                        .asText())
                .isEqualTo("true");
        assertThat(after.path("actions").get(1).path("name").asText()).isEqualTo("Smoke");
    }

    @Test
    void stageActionAndArtifactNamesFollowTheirPatternsAndLengths() {
        String hundred = "a".repeat(100);
        assertThat(StagePlanner.plan(
                                classic, spec("Deploy", hundred, hundred, "SourceArtifact", hundred, Map.of()), false)
                        .kind())
                .isEqualTo(PipelinePlan.Kind.INSERT);
        assertThat(StagePlanner.plan(
                                classic,
                                spec("Deploy", "It.Test@1-x_y", "Run.it@2", "SourceArtifact", "Out_1-a", Map.of()),
                                false)
                        .kind())
                .isEqualTo(PipelinePlan.Kind.INSERT);

        assertThatThrownBy(() -> StagePlanner.plan(
                        classic,
                        spec("Deploy", "Integration Test", "Integration", "SourceArtifact", "", Map.of()),
                        false))
                .hasMessageContaining("cloudtest.stageName: the stage name 'Integration Test' may contain only");
        assertThatThrownBy(() -> StagePlanner.plan(
                        classic,
                        spec("Deploy", "IntegrationTest", "a".repeat(101), "SourceArtifact", "", Map.of()),
                        false))
                .hasMessageContaining("cloudtest.actionName: the action name")
                .hasMessageContaining("has 101 characters; 1 to 100 are allowed");
        assertThatThrownBy(() -> StagePlanner.plan(
                        classic,
                        spec("Deploy", "IntegrationTest", "Integration", "SourceArtifact", "Test.Output", Map.of()),
                        false))
                .hasMessageContaining("cloudtest.outputArtifact: the artifact name 'Test.Output' may contain only");
        assertThatThrownBy(() -> StagePlanner.plan(
                        classic,
                        new StageSpec(
                                "Deploy", "IntegrationTest", "Integration", "SourceArtifact", "", "-bad", Map.of(), 1),
                        false))
                .hasMessageContaining("cloudtest.project: the CodeBuild project name '-bad'");
        assertThatThrownBy(() -> StagePlanner.plan(
                        classic, spec("Deploy", "Deploy", "Integration", "SourceArtifact", "", Map.of()), false))
                .hasMessageContaining("cloudtest.stageName and cloudtest.after are both 'Deploy'");
    }

    @Test
    void theInputArtifactMustComeFromAnEarlierAction() {
        assertThat(StagePlanner.plan(classic, spec("Deploy", "IT", "Integration", "BuildArtifact", "", Map.of()), false)
                        .kind())
                .isEqualTo(PipelinePlan.Kind.INSERT);

        assertThatThrownBy(() -> StagePlanner.plan(
                        classic, spec("Deploy", "IT", "Integration", "WrongArtifact", "", Map.of()), false))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("Input artifact 'WrongArtifact' is not produced by any action up to stage"
                        + " 'Deploy' of pipeline 'demo-classic', so nothing was written. Artifacts available there:"
                        + " SourceArtifact, BuildArtifact. Set -Dcloudtest.inputArtifact=<one of them>.");
        // BuildArtifact exists, but only after the Source stage.
        assertThatThrownBy(() -> StagePlanner.plan(
                        classic, spec("Source", "IT", "Integration", "BuildArtifact", "", Map.of()), false))
                .hasMessageContaining("Artifacts available there: SourceArtifact.");
    }

    @Test
    void theOutputArtifactNameMustBeUnused() {
        assertThatThrownBy(() -> StagePlanner.plan(
                        classic,
                        spec("Deploy", "IT", "Integration", "SourceArtifact", "BuildArtifact", Map.of()),
                        false))
                .hasMessageContaining("output artifact 'BuildArtifact' is already produced by another action");
        assertThatThrownBy(() -> StagePlanner.plan(
                        classic,
                        spec("Deploy", "IT", "Integration", "SourceArtifact", "SourceArtifact", Map.of()),
                        false))
                .hasMessageContaining("is also the input artifact");
    }

    @Test
    void theEnvironmentVariablesJsonMustStayWithin1000Characters() {
        // [{"name":"V","value":"","type":"PLAINTEXT"}] is 44 characters plus the value.
        Map<String, String> fits = Map.of("V", "x".repeat(1000 - 44));
        Map<String, String> tooLong = Map.of("V", "x".repeat(1000 - 43));
        StageSpec ok = spec("Deploy", "IT", "Integration", "SourceArtifact", "", fits);
        assertThat(ok.environmentJson().orElseThrow()).hasSize(1000);
        assertThat(StagePlanner.plan(classic, ok, false).kind()).isEqualTo(PipelinePlan.Kind.INSERT);

        assertThatThrownBy(() -> StagePlanner.plan(
                        classic, spec("Deploy", "IT", "Integration", "SourceArtifact", "", tooLong), false))
                .hasMessageContaining("EnvironmentVariables JSON is 1001 characters; CodePipeline allows 1000");
    }

    @Test
    void environmentVariablesBecomeTheActionsJsonWithTypes() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("ENV_STACK_NAME", "demo-stack");
        env.put("DB_PASSWORD", "secrets-manager:prod/db");
        env.put("API_KEY", "parameter-store:/demo/api-key");

        String json = spec("Deploy", "IT", "Integration", "SourceArtifact", "", env)
                .environmentJson()
                .orElseThrow();

        assertThat(json)
                .isEqualTo("[{\"name\":\"ENV_STACK_NAME\",\"value\":\"demo-stack\",\"type\":\"PLAINTEXT\"},"
                        + "{\"name\":\"DB_PASSWORD\",\"value\":\"prod/db\",\"type\":\"SECRETS_MANAGER\"},"
                        + "{\"name\":\"API_KEY\",\"value\":\"/demo/api-key\",\"type\":\"PARAMETER_STORE\"}]");
        assertThatThrownBy(() -> StagePlanner.plan(
                        classic,
                        spec("Deploy", "IT", "Integration", "SourceArtifact", "", Map.of("BAD-NAME", "x")),
                        false))
                .hasMessageContaining("the environment variable name 'BAD-NAME' may contain only");
    }

    @Test
    void aPlainTextVariableThatLooksLikeASecretIsRefusedWithoutRepeatingIt() {
        // Found by QA: -Dcloudtest.environment=DB_PASSWORD=hunter2 was printed in the plan diff of the build log.
        for (Map<String, String> env : List.of(
                Map.of("DB_PASSWORD", "hunter2"), Map.of("KEY", "AKIAIOSFODNN7EXAMPLE"), Map.of("API_TOKEN", "abc"))) {
            String name = env.keySet().iterator().next();
            assertThatThrownBy(() -> StagePlanner.plan(
                            classic, spec("Deploy", "IT", "Integration", "SourceArtifact", "", env), false))
                    .isInstanceOf(UserFixableException.class)
                    .hasMessageContaining("environment variable " + name + " looks like a secret in plain text")
                    .hasMessageContaining(name + "=parameter-store:/parameter/name")
                    .message()
                    .doesNotContain(env.get(name));
        }
        Map<String, String> harmless = new LinkedHashMap<>();
        harmless.put("ENV_STACK_NAME", "demo-stack");
        harmless.put("USE_TOKEN", "true");
        harmless.put("DB_PASSWORD", "secrets-manager:prod/db");
        assertThat(StagePlanner.plan(
                                classic, spec("Deploy", "IT", "Integration", "SourceArtifact", "", harmless), false)
                        .kind())
                .isEqualTo(PipelinePlan.Kind.INSERT);
    }

    @Test
    void aNamespaceOrArtifactClashIntroducedByTheEditFails() {
        ObjectNode withNamespace = classic.deepCopy();
        ((ObjectNode) withNamespace.path("stages").get(2).path("actions").get(0)).put("namespace", "ItOut");

        assertThatThrownBy(() -> StagePlanner.plan(
                        withNamespace, spec("Deploy", "IT", "Integration", "SourceArtifact", "ItOut", Map.of()), false))
                .hasMessageContaining("namespace 'ItOut' is also an artifact name");
    }

    @Test
    void problemsThePipelineAlreadyHadAreWarningsNotErrors() {
        ObjectNode legacy = classic.deepCopy();
        ((ObjectNode) legacy.path("stages").get(1).path("actions").get(0).path("configuration"))
                .put("LongValue", "v".repeat(1500));

        PipelinePlan plan = StagePlanner.plan(legacy, classicSpec(), false);

        assertThat(plan.kind()).isEqualTo(PipelinePlan.Kind.INSERT);
        assertThat(plan.warnings())
                .containsExactly("action 'Build' in stage 'Build': configuration value LongValue has 1500 characters;"
                        + " at most 1000 are allowed");
    }
}
