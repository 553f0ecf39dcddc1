package dev.cloudtest.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudtest.core.Reporter;
import dev.cloudtest.core.ResultFiles;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.model.Names;
import dev.cloudtest.model.PipelineJson;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * An edit on a saved {@code get-pipeline} output instead of the live pipeline: no credentials, no network.
 * The edited declaration goes to {@code <pipeline>.updated.json} as {@code {"pipeline": ...}}, which is what
 * {@code aws codepipeline update-pipeline --cli-input-json file://...} takes (no {@code metadata}).
 */
final class OfflineEdit {
    private final EditReport report;
    private final Reporter reporter;
    private final Path outputDirectory;

    OfflineEdit(String goal, Reporter reporter, Path outputDirectory) {
        this.report = new EditReport(goal, "offline", reporter, outputDirectory);
        this.reporter = reporter;
        this.outputDirectory = outputDirectory;
    }

    EditResult run(Path pipelineFile, String expectedName, Function<ObjectNode, PipelinePlan> planner) {
        return run(pipelineFile, expectedName, planner, (document, details) -> {});
    }

    /** The same, then {@code alsoWrite} adds its own files (and their names to the result's details). */
    EditResult run(
            Path pipelineFile,
            String expectedName,
            Function<ObjectNode, PipelinePlan> planner,
            BiConsumer<PipelineDocument, EditDetails> alsoWrite) {
        EditDetails details = new EditDetails();
        try {
            return runAndReport(pipelineFile, expectedName, planner, alsoWrite, details);
        } catch (RuntimeException e) {
            throw report.failed(expectedName == null ? "" : expectedName, e, details, Map.of());
        }
    }

    private EditResult runAndReport(
            Path pipelineFile,
            String expectedName,
            Function<ObjectNode, PipelinePlan> planner,
            BiConsumer<PipelineDocument, EditDetails> alsoWrite,
            EditDetails details) {
        PipelineDocument document = PipelineDocument.fromGetPipelineOutput(
                PipelineJson.readObject(pipelineFile, "cloudtest.pipelineFile"), pipelineFile.toString());
        String name = document.name();
        Names.PIPELINE.problem(name).ifPresent(p -> {
            throw new UserFixableException(pipelineFile + " (cloudtest.pipelineFile): " + p);
        });
        if (expectedName != null && !expectedName.isBlank() && !expectedName.equals(name)) {
            throw new UserFixableException(
                    pipelineFile + " holds pipeline '" + name + "', not '" + expectedName
                            + "' (cloudtest.pipeline). Point cloudtest.pipelineFile at the right file or fix cloudtest.pipeline.");
        }
        PipelinePlan plan = planner.apply(document.declaration());
        report.show(plan);
        report.writePlan(plan, EditReport.GoalEntries.NONE);
        ObjectNode input = PipelineJson.newObject();
        input.set("pipeline", plan.after());
        String fileName = name + ".updated.json";
        Path written = ResultFiles.writeText(outputDirectory, fileName, PipelineJson.pretty(input) + "\n");
        reporter.info("Wrote " + written + (plan.changesPipeline() ? "" : " (unchanged)") + ". Apply it with:"
                + " aws codepipeline update-pipeline --cli-input-json file://" + written);
        details.kind(plan).updatedFile = written.toString();
        alsoWrite.accept(document, details);
        return report.writeResult(name, "written-to-file", details, Map.of());
    }
}
