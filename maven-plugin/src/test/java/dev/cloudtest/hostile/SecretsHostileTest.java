package dev.cloudtest.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secrets already in a pipeline (a PLAINTEXT {@code DB_PASSWORD}, a CloudFormation action's
 * {@code ParameterOverrides}, an AWS secret key under a harmless name) never reach the log, the plan or the result
 * file; the updated declaration for {@code aws codepipeline update-pipeline} keeps them, owner-only. References
 * that are really keys are refused without repeating them.
 */
class SecretsHostileTest {
    private static final String PLAIN_PASSWORD = "hunter2-plain-pw";
    private static final String OVERRIDE_PASSWORD = "hunter2-override-pw";
    private static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final String ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE";
    private static final List<String> SECRETS = List.of(PLAIN_PASSWORD, OVERRIDE_PASSWORD, SECRET_KEY, ACCESS_KEY);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void removeStageShowsTheRemovedStageWithItsSecretsMasked() throws IOException {
        Sandbox sandbox = Sandbox.in(tmp);
        Path pipelineFile = pipelineWithSecrets(sandbox);

        Outcome outcome = Goal.named("remove-stage", sandbox)
                .property("cloudtest.pipelineFile", pipelineFile.toString())
                .run()
                .assertSucceeded();

        assertThat(outcome.output()).contains("DB_PASSWORD", "DbPassword", "****");
        assertNoSecretIn(outcome.output(), "the log");
        assertNoSecretIn(read(sandbox.output().resolve("pipeline-plan.json")), "pipeline-plan.json");
        assertNoSecretIn(read(sandbox.output().resolve("pipeline-result.json")), "pipeline-result.json");
        assertOwnerOnly(sandbox.output().resolve("pipeline-plan.json"));
        assertOwnerOnly(sandbox.output().resolve("pipeline-result.json"));
        sandbox.assertWroteOnlyUnder(sandbox.output());
    }

    @Test
    void replacingAStageMasksTheOldValuesButTheUpdatedDeclarationKeepsThemOwnerOnly() throws IOException {
        Sandbox sandbox = Sandbox.in(tmp);
        Path pipelineFile = pipelineWithSecrets(sandbox);

        Outcome outcome = Goal.named("add-stage", sandbox)
                .property("cloudtest.pipelineFile", pipelineFile.toString())
                .property("cloudtest.replace", "true")
                .run()
                .assertSucceeded();

        assertThat(outcome.output()).contains("DB_PASSWORD");
        assertNoSecretIn(outcome.output(), "the log");
        Path plan = sandbox.output().resolve("pipeline-plan.json");
        assertNoSecretIn(read(plan), "pipeline-plan.json");
        Path updated = sandbox.output().resolve("demo-classic.updated.json");
        // The input of update-pipeline: the stages kept must keep their real values.
        assertThat(read(updated)).contains(OVERRIDE_PASSWORD);
        assertOwnerOnly(updated);
        assertOwnerOnly(plan);
    }

    @Test
    void aParameterStoreValueThatIsAnAccessKeyIsRefusedWithoutRepeatingIt() {
        Sandbox sandbox = Sandbox.in(tmp);

        Outcome outcome = Goal.named("generate-buildspec", sandbox)
                .set("parameterStore", Map.of("DB_KEY", ACCESS_KEY))
                .run()
                .assertRefused("<parameterStore> DB_KEY", "Parameter Store parameter name");

        assertNoSecretIn(outcome.output(), "the error");
        sandbox.assertNothingWritten();
    }

    @Test
    void aSecretsManagerValueThatIsASecretKeyIsRefused() {
        Sandbox sandbox = Sandbox.in(tmp);

        Outcome outcome = Goal.named("generate-buildspec", sandbox)
                .set("secretsManager", Map.of("AWS_SECRET", SECRET_KEY))
                .run()
                .assertRefused("<secretsManager> AWS_SECRET", "Secrets Manager reference");

        assertNoSecretIn(outcome.output(), "the error");
    }

    @Test
    void aStageVariableReferenceThatIsAnAccessKeyIsRefused() throws IOException {
        Sandbox sandbox = Sandbox.in(tmp);
        Path pipelineFile = sandbox.file("pipeline.json", classic().toString());

        Outcome outcome = Goal.named("add-stage", sandbox)
                .property("cloudtest.pipelineFile", pipelineFile.toString())
                .set("environmentVariables", Map.of("DB_USER", "parameter-store:" + ACCESS_KEY))
                .run()
                .assertNoStackTrace();

        // add-stage lists every problem of the stage parameters, one per line, under one error.
        assertThat(outcome.errors()).singleElement().asString().contains("DB_USER", "Parameter Store parameter name");

        assertNoSecretIn(outcome.output(), "the error");
    }

    private static void assertNoSecretIn(String text, String where) {
        for (String secret : SECRETS) {
            assertThat(text).as("%s must not show %s", where, secret).doesNotContain(secret);
        }
    }

    private static void assertOwnerOnly(Path file) throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .as("%s", file)
                .isEqualTo("rw-------");
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file);
    }

    /** The classic pipeline plus an IntegrationTest stage holding a plain password, a secret key and overrides. */
    private static Path pipelineWithSecrets(Sandbox sandbox) throws IOException {
        ObjectNode output = classic();
        ArrayNode stages = (ArrayNode) output.path("pipeline").path("stages");
        ObjectNode stage = stages.addObject().put("name", "IntegrationTest");
        ArrayNode actions = stage.putArray("actions");
        ObjectNode build = actions.addObject().put("name", "Integration").put("runOrder", 1);
        build.putObject("actionTypeId")
                .put("category", "Test")
                .put("owner", "AWS")
                .put("provider", "CodeBuild")
                .put("version", "1");
        ArrayNode variables = JSON.createArrayNode();
        variables
                .addObject()
                .put("name", "DB_PASSWORD")
                .put("value", PLAIN_PASSWORD)
                .put("type", "PLAINTEXT");
        variables
                .addObject()
                .put("name", "UPLOAD_SETTING")
                .put("value", SECRET_KEY)
                .put("type", "PLAINTEXT");
        variables.addObject().put("name", "LEGACY").put("value", ACCESS_KEY).put("type", "PLAINTEXT");
        build.putObject("configuration")
                .put("EnvironmentVariables", JSON.writeValueAsString(variables))
                .put("ProjectName", "IntegrationProject");
        build.putArray("inputArtifacts").addObject().put("name", "SourceArtifact");
        build.putArray("outputArtifacts");
        ObjectNode deploy = actions.addObject().put("name", "TestStack").put("runOrder", 1);
        deploy.putObject("actionTypeId")
                .put("category", "Deploy")
                .put("owner", "AWS")
                .put("provider", "CloudFormation")
                .put("version", "1");
        deploy.putObject("configuration")
                .put("ActionMode", "CREATE_UPDATE")
                .put("StackName", "demo-test")
                .put("TemplatePath", "BuildArtifact::template.yml")
                .put("ParameterOverrides", "{\"DbPassword\":\"" + OVERRIDE_PASSWORD + "\",\"Env\":\"test\"}");
        deploy.putArray("inputArtifacts").addObject().put("name", "BuildArtifact");
        deploy.putArray("outputArtifacts");
        // The Deploy stage keeps a secret too: it stays in the pipeline on every edit.
        ((ObjectNode) stages.get(2).path("actions").get(0).path("configuration"))
                .put("ParameterOverrides", "{\"DbPassword\":\"" + OVERRIDE_PASSWORD + "\"}");
        return sandbox.file(
                "pipeline.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(output));
    }

    private static ObjectNode classic() throws IOException {
        try (InputStream in = SecretsHostileTest.class.getResourceAsStream("/pipelines/classic.json")) {
            return (ObjectNode) JSON.readTree(in);
        }
    }
}
