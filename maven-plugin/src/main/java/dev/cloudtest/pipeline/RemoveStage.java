package dev.cloudtest.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudtest.core.Reporter;
import dev.cloudtest.core.UserFixableException;
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
    private final EditReport report;
    private final Supplier<Map<String, Integer>> awsCalls;

    public RemoveStage(
            PipelineStore pipelines,
            ProjectStore projects,
            Reporter reporter,
            Path outputDirectory,
            Supplier<Map<String, Integer>> awsCalls) {
        this.pipelines = pipelines;
        this.projects = projects;
        this.reporter = reporter;
        this.report = new EditReport("remove-stage", "online", reporter, outputDirectory);
        this.awsCalls = awsCalls;
    }

    public ObjectNode run(Request request) {
        try {
            return runAndReport(request);
        } catch (RuntimeException e) {
            throw report.failed(request.pipeline(), e, awsCalls.get());
        }
    }

    private ObjectNode runAndReport(Request request) {
        Names.PIPELINE.problem(request.pipeline()).ifPresent(p -> {
            throw new UserFixableException("cloudtest.pipeline: " + p);
        });
        Function<ObjectNode, PipelinePlan> planner = planner(request.stageName(), request.project(), request.force());
        PipelinePlan plan = planner.apply(pipelines.read(request.pipeline()).declaration());
        report.show(plan);
        ObjectNode extra = PipelineJson.newObject();
        extra.put("deleteProject", request.deleteProject());
        report.writePlan(plan, extra);
        ObjectNode details = PipelineJson.newObject();
        details.put("kind", plan.kind().name());
        details.put("dryRun", request.dryRun());
        if (request.dryRun()) {
            reporter.info("Dry run (cloudtest.dryRun=true): nothing was written.");
            return report.writeResult(request.pipeline(), "dry-run", details, awsCalls.get());
        }
        PlanApplier.Outcome outcome = new PlanApplier(pipelines, reporter).apply(request.pipeline(), planner, plan);
        details.put("versionBefore", outcome.versionBefore());
        details.put("versionAfter", outcome.versionAfter());
        details.put("pipelineWrites", outcome.writes());
        details.put("foreignWritesDetected", outcome.foreignWrites());
        details.put("projectDeleted", request.deleteProject() && deleteProject(request));
        String result = outcome.writes() > 0 ? "applied" : "up-to-date";
        return report.writeResult(request.pipeline(), result, details, awsCalls.get());
    }

    /** Offline on a saved get-pipeline output; the project is never touched offline. */
    public static ObjectNode offline(
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
