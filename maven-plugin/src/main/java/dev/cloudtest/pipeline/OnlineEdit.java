package dev.cloudtest.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudtest.core.Reporter;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The steps add-stage and remove-stage share against the live pipeline: read and plan, show, stop at a dry run,
 * write and verify through {@link PlanApplier}, and record plan and result (a failure too) with the AWS calls
 * made. The goals add what is their own (the CodeBuild project) between these steps.
 */
final class OnlineEdit {
    private final PipelineStore pipelines;
    private final Reporter reporter;
    private final EditReport report;
    private final Supplier<Map<String, Integer>> awsCalls;

    OnlineEdit(
            String goal,
            PipelineStore pipelines,
            Reporter reporter,
            Path outputDirectory,
            Supplier<Map<String, Integer>> awsCalls) {
        this.pipelines = pipelines;
        this.reporter = reporter;
        this.report = new EditReport(goal, "online", reporter, outputDirectory);
        this.awsCalls = awsCalls;
    }

    /** Runs {@code edit}; a failure is recorded in pipeline-result.json (with what was learnt) before it propagates. */
    EditResult run(String pipeline, EditDetails details, Supplier<EditResult> edit) {
        try {
            return edit.get();
        } catch (RuntimeException e) {
            throw report.failed(pipeline, e, details, awsCalls.get());
        }
    }

    /** A plan on the pipeline as read, and the document it was made on. */
    record Planned(PipelineDocument document, PipelinePlan plan) {}

    /** Reads the pipeline, plans the edit on it and shows the plan. */
    Planned readAndPlan(String pipeline, Function<ObjectNode, PipelinePlan> planner) {
        PipelineDocument document = pipelines.read(pipeline);
        PipelinePlan plan = planner.apply(document.declaration());
        report.show(plan);
        return new Planned(document, plan);
    }

    /** Writes pipeline-plan.json with the goal's own entries. */
    void writePlan(PipelinePlan plan, EditReport.GoalEntries goalEntries) {
        report.writePlan(plan, goalEntries);
    }

    /** Ends a dry run: says nothing was written and records outcome {@code dry-run}. */
    EditResult dryRun(String pipeline, EditDetails details) {
        reporter.info("Dry run (cloudtest.dryRun=true): nothing was written.");
        return finish(pipeline, "dry-run", details);
    }

    /** Writes the plan and verifies it landed; adds the versions and write counts to {@code details}. */
    PlanApplier.Outcome apply(
            String pipeline, Function<ObjectNode, PipelinePlan> planner, PipelinePlan plan, EditDetails details) {
        PlanApplier.Outcome outcome = new PlanApplier(pipelines, reporter).apply(pipeline, planner, plan);
        details.versionBefore = outcome.versionBefore();
        details.versionAfter = outcome.versionAfter();
        details.pipelineWrites = outcome.writes();
        details.foreignWritesDetected = outcome.foreignWrites();
        return outcome;
    }

    /** Writes pipeline-result.json with the calls made so far. */
    EditResult finish(String pipeline, String outcome, EditDetails details) {
        return report.writeResult(pipeline, outcome, details, awsCalls.get());
    }
}
