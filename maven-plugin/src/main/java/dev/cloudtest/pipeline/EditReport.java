package dev.cloudtest.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudtest.core.Reporter;
import dev.cloudtest.core.ResultFiles;
import dev.cloudtest.core.Secrets;
import dev.cloudtest.model.PipelineJson;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Shows a plan on the log and records plan and result as {@code pipeline-plan.json} and
 * {@code pipeline-result.json}, including the AWS calls made, by operation.
 */
final class EditReport {
    static final String PLAN_FILE = "pipeline-plan.json";
    static final String RESULT_FILE = "pipeline-result.json";
    private static final Set<String> WRITE_OPERATIONS = Set.of(
            "CodePipeline.UpdatePipeline",
            "CodeBuild.CreateProject",
            "CodeBuild.UpdateProject",
            "CodeBuild.DeleteProject");

    private final String goal;
    private final String mode;
    private final Reporter reporter;
    private final Path outputDirectory;

    EditReport(String goal, String mode, Reporter reporter, Path outputDirectory) {
        this.goal = goal;
        this.mode = mode;
        this.reporter = reporter;
        this.outputDirectory = outputDirectory;
    }

    void show(PipelinePlan plan) {
        plan.warnings()
                .forEach(w -> reporter.warn("The pipeline already breaks a rule (left as is): " + Secrets.maskText(w)));
        reporter.info(Secrets.maskText(plan.summary()));
        if (!plan.diff().isEmpty()) {
            reporter.info("Planned change to the declaration:\n" + plan.diff());
        }
    }

    /** Writes pipeline-plan.json; {@code extra} holds goal-specific entries (project plan, stack). */
    ObjectNode writePlan(PipelinePlan plan, ObjectNode extra) {
        ObjectNode json = PipelineJson.newObject();
        json.put("goal", goal);
        json.put("mode", mode);
        json.put("pipeline", plan.before().path("name").asText());
        json.put("versionRead", plan.before().path("version").asLong(0));
        json.put("kind", plan.kind().name());
        json.put("stageName", plan.stageName());
        json.put("position", plan.position());
        json.put("summary", Secrets.maskText(plan.summary()));
        json.put("diff", plan.diff());
        json.putPOJO("warnings", plan.warnings().stream().map(Secrets::maskText).toList());
        if (plan.changesPipeline() && plan.kind() != PipelinePlan.Kind.REMOVE) {
            json.set("stage", SecretMask.of(plan.after().path("stages").get(plan.position())));
        }
        json.setAll((ObjectNode) SecretMask.of(extra));
        ResultFiles.writeJson(outputDirectory, PLAN_FILE, json);
        return json;
    }

    /** Records a failed run (outcome {@code failed}, the message, the calls made so far) and returns the error. */
    RuntimeException failed(String pipeline, RuntimeException error, Map<String, Integer> awsCalls) {
        ObjectNode details = PipelineJson.newObject();
        details.put("error", Secrets.maskText(String.valueOf(error.getMessage())));
        writeResult(pipeline, "failed", details, awsCalls);
        return error;
    }

    /** Writes pipeline-result.json with the calls made so far. */
    ObjectNode writeResult(String pipeline, String outcome, ObjectNode details, Map<String, Integer> awsCalls) {
        ObjectNode json = PipelineJson.newObject();
        json.put("goal", goal);
        json.put("mode", mode);
        json.put("pipeline", pipeline);
        json.put("outcome", outcome);
        ObjectNode masked = (ObjectNode) SecretMask.of(details);
        // The paths of files cloudtest itself wrote (updatedFile, createProjectFile) are not user values: a long
        // temp-directory path must not be mistaken for a key by the value-shape rule.
        details.fieldNames().forEachRemaining(name -> {
            if (name.endsWith("File") && details.get(name).isTextual()) {
                masked.set(name, details.get(name));
            }
        });
        json.setAll(masked);
        ObjectNode calls = json.putObject("awsCalls");
        awsCalls.forEach(calls::put);
        json.put(
                "awsCallsTotal",
                awsCalls.values().stream().mapToInt(Integer::intValue).sum());
        json.put(
                "awsWriteCalls",
                awsCalls.entrySet().stream()
                        .filter(e -> WRITE_OPERATIONS.contains(e.getKey()))
                        .mapToInt(Map.Entry::getValue)
                        .sum());
        ResultFiles.writeJson(outputDirectory, RESULT_FILE, json);
        return json;
    }
}
