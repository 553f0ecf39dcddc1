package dev.cloudtest.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudtest.core.Reporter;
import dev.cloudtest.core.ResultFiles;
import dev.cloudtest.core.Secrets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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

    /** Writes pipeline-plan.json; {@code goalEntries} holds the entries only one goal has. */
    EditPlanFile writePlan(PipelinePlan plan, GoalEntries goalEntries) {
        JsonNode stage = plan.changesPipeline() && plan.kind() != PipelinePlan.Kind.REMOVE
                ? SecretMask.of(plan.after().path("stages").get(plan.position()))
                : null;
        EditPlanFile file = new EditPlanFile(
                goal,
                mode,
                plan.before().path("name").asText(),
                plan.before().path("version").asLong(0),
                plan.kind().name(),
                plan.stageName(),
                plan.position(),
                Secrets.maskText(plan.summary()),
                plan.diff(),
                plan.warnings().stream().map(Secrets::maskText).toList(),
                stage,
                goalEntries.project(),
                goalEntries.cloudFormationStack(),
                goalEntries.deleteProject());
        ResultFiles.writeJson(outputDirectory, PLAN_FILE, file);
        return file;
    }

    /** The plan entries of one goal; null where they do not apply. */
    record GoalEntries(EditPlanFile.ProjectEntry project, String cloudFormationStack, Boolean deleteProject) {
        static final GoalEntries NONE = new GoalEntries(null, null, null);
    }

    /** Records a failed run (outcome {@code failed}, the message, the calls made so far) and returns the error. */
    RuntimeException failed(String pipeline, RuntimeException error, EditDetails details, Map<String, Integer> calls) {
        details.error = Secrets.maskText(String.valueOf(error.getMessage()));
        writeResult(pipeline, "failed", details, calls);
        return error;
    }

    /** Writes pipeline-result.json with the calls made so far. */
    EditResult writeResult(String pipeline, String outcome, EditDetails details, Map<String, Integer> awsCalls) {
        EditResult result = new EditResult(
                goal,
                mode,
                pipeline,
                outcome,
                details.kind,
                details.project,
                details.dryRun,
                details.versionBefore,
                details.versionAfter,
                details.pipelineWrites,
                details.foreignWritesDetected,
                details.projectDeleted,
                details.updatedFile,
                details.createProjectFile,
                details.error,
                new TreeMap<>(awsCalls),
                awsCalls.values().stream().mapToInt(Integer::intValue).sum(),
                awsCalls.entrySet().stream()
                        .filter(e -> WRITE_OPERATIONS.contains(e.getKey()))
                        .mapToInt(Map.Entry::getValue)
                        .sum());
        ResultFiles.writeJson(outputDirectory, RESULT_FILE, result);
        return result;
    }
}
