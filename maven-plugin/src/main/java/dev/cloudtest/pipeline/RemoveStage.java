package dev.cloudtest.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudtest.core.Reporter;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.model.Names;
import dev.cloudtest.project.ProjectStore;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code cloudtest:remove-stage}: takes the stage out again (the exact inverse of add-stage) and, only when
 * asked, deletes the CodeBuild project once no action in the pipeline uses it any more.
 */
public final class RemoveStage {

    /**
     * What the user asked for.
     *
     * @param force remove a stage that does not run {@code project}
     */
    public record Request(
            String pipeline, String stageName, String project, boolean deleteProject, boolean dryRun, boolean force) {}

    private final PipelineStore pipelines;
    private final ProjectStore projects;
    private final Reporter reporter;
    private final OnlineEdit edit;

    public RemoveStage(
            PipelineStore pipelines,
            ProjectStore projects,
            Reporter reporter,
            Path outputDirectory,
            Supplier<Map<String, Integer>> awsCalls) {
        this.pipelines = pipelines;
        this.projects = projects;
        this.reporter = reporter;
        this.edit = new OnlineEdit("remove-stage", pipelines, reporter, outputDirectory, awsCalls);
    }

    public EditResult run(Request request) {
        EditDetails details = new EditDetails();
        return edit.run(request.pipeline(), details, () -> runAndReport(request, details));
    }

    private EditResult runAndReport(Request request, EditDetails details) {
        Names.PIPELINE.problem(request.pipeline()).ifPresent(p -> {
            throw new UserFixableException("cloudtest.pipeline: " + p);
        });
        Function<ObjectNode, PipelinePlan> planner = planner(request.stageName(), request.project(), request.force());
        PipelinePlan plan = edit.readAndPlan(request.pipeline(), planner).plan();
        edit.writePlan(plan, new EditReport.GoalEntries(null, null, request.deleteProject()));
        details.kind(plan).dryRun = request.dryRun();
        if (request.dryRun()) {
            return edit.dryRun(request.pipeline(), details);
        }
        PlanApplier.Outcome outcome = edit.apply(request.pipeline(), planner, plan, details);
        details.projectDeleted = request.deleteProject() && deleteProject(request);
        String result = outcome.writes() > 0 ? "applied" : "up-to-date";
        return edit.finish(request.pipeline(), result, details);
    }

    /** Offline on a saved get-pipeline output; the project is never touched offline. */
    public static EditResult offline(
            Path pipelineFile,
            String expectedName,
            String stageName,
            String project,
            boolean force,
            Reporter reporter,
            Path outputDirectory) {
        return new OfflineEdit("remove-stage", reporter, outputDirectory)
                .run(pipelineFile, expectedName, planner(stageName, project, force));
    }

    private static Function<ObjectNode, PipelinePlan> planner(String stageName, String project, boolean force) {
        return declaration -> StageRemovalPlanner.plan(declaration, stageName, project, force);
    }

    private boolean deleteProject(Request request) {
        ObjectNode declaration = pipelines.read(request.pipeline()).declaration();
        for (var stage : declaration.path("stages")) {
            if (StageRemovalPlanner.runsProject(stage, request.project())) {
                reporter.warn("CodeBuild project '" + request.project() + "' is kept: stage '"
                        + stage.path("name").asText() + "' still uses it.");
                return false;
            }
        }
        if (projects.find(request.project()).isEmpty()) {
            reporter.info("CodeBuild project '" + request.project() + "' does not exist; nothing to delete.");
            return false;
        }
        projects.delete(request.project());
        reporter.info("Deleted CodeBuild project '" + request.project() + "'.");
        return true;
    }
}
