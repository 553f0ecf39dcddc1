package dev.cloudtest.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudtest.core.Reporter;
import dev.cloudtest.core.Secrets;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.model.Names;
import dev.cloudtest.model.PipelineJson;
import dev.cloudtest.project.ProjectApplier;
import dev.cloudtest.project.ProjectPlan;
import dev.cloudtest.project.ProjectPlanner;
import dev.cloudtest.project.ProjectRequest;
import dev.cloudtest.project.ProjectStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code cloudtest:add-stage} against AWS: read the pipeline, plan, show, then (unless a dry run) ensure the
 * CodeBuild project and write the pipeline, verifying the write landed.
 */
public final class AddStage {
    static final String CLOUDFORMATION_TAG = "aws:cloudformation:stack-name";
    /** A project write that took longer than this (IAM propagation) may have let someone else edit the pipeline. */
    private static final Duration REPLAN_AFTER = Duration.ofSeconds(10);

    /**
     * What the user asked for.
     *
     * @param pipeline {@code cloudtest.pipeline}
     * @param environment the process environment (to notice running inside the pipeline's own build)
     */
    public record Request(
            String pipeline,
            StageSpec stage,
            ProjectRequest project,
            boolean replace,
            boolean dryRun,
            boolean force,
            Map<String, String> environment) {}

    private final PipelineStore pipelines;
    private final ProjectStore projects;
    private final ProjectApplier projectApplier;
    private final Reporter reporter;
    private final OnlineEdit edit;

    public AddStage(
            PipelineStore pipelines,
            ProjectStore projects,
            ProjectApplier projectApplier,
            Reporter reporter,
            Path outputDirectory,
            Supplier<Map<String, Integer>> awsCalls) {
        this.pipelines = pipelines;
        this.projects = projects;
        this.projectApplier = projectApplier;
        this.reporter = reporter;
        this.edit = new OnlineEdit("add-stage", pipelines, reporter, outputDirectory, awsCalls);
    }

    public EditResult run(Request request) {
        EditDetails details = new EditDetails();
        return edit.run(request.pipeline(), details, () -> runAndReport(request, details));
    }

    private EditResult runAndReport(Request request, EditDetails details) {
        checkParameters(request);
        Function<ObjectNode, PipelinePlan> planner =
                declaration -> StagePlanner.plan(declaration, request.stage(), request.replace());
        OnlineEdit.Planned read = edit.readAndPlan(request.pipeline(), planner);
        PipelineDocument document = read.document();
        PipelinePlan planned = read.plan();
        ProjectRequest projectRequest = request.project();
        Optional<String> role = projectRequest.serviceRoleArn(document.partition(), document.accountId());
        ProjectPlan projectPlan = ProjectPlanner.plan(projects.find(projectRequest.name()), projectRequest, role);
        reporter.info(projectPlan.summary());
        projectPlan.warnings().forEach(reporter::warn);
        Optional<String> stack = planned.changesPipeline() ? cloudFormationStack(document) : Optional.empty();
        stack.ifPresent(name -> warnManagedByStack(name, planned));
        edit.writePlan(planned, new EditReport.GoalEntries(projectEntry(projectPlan), stack.orElse(null), null));
        details.kind(planned).project = projectPlan.action().name();
        details.dryRun = request.dryRun();
        if (request.dryRun()) {
            return edit.dryRun(request.pipeline(), details);
        }
        return apply(request, planner, planned, projectPlan, details);
    }

    /** Ensures the project, then writes and verifies the pipeline. */
    private EditResult apply(
            Request request,
            Function<ObjectNode, PipelinePlan> planner,
            PipelinePlan planned,
            ProjectPlan projectPlan,
            EditDetails details) {
        if (planned.changesPipeline() || projectPlan.action() != ProjectPlan.Action.UP_TO_DATE) {
            refuseInsideOwnPipeline(request);
        }
        Duration projectTook = projectApplier.apply(projectPlan);
        PipelinePlan plan = planned;
        if (plan.changesPipeline() && projectTook.compareTo(REPLAN_AFTER) > 0) {
            // The project took a while (IAM propagation): plan again on what is there now.
            plan = planner.apply(pipelines.read(request.pipeline()).declaration());
        }
        PlanApplier.Outcome outcome = edit.apply(request.pipeline(), planner, plan, details);
        if (outcome.writes() > 0) {
            reporter.info("Pipeline '" + request.pipeline() + "' is now at version " + outcome.versionAfter()
                    + " with stage '" + request.stage().stageName() + "' (verified by reading it back).");
        }
        boolean nothingDone = outcome.writes() == 0 && projectPlan.action() == ProjectPlan.Action.UP_TO_DATE;
        return edit.finish(request.pipeline(), nothingDone ? "up-to-date" : "applied", details);
    }

    /** Offline: the declaration comes from a file and the result goes to {@code <pipeline>.updated.json}. */
    public static EditResult offline(
            Path pipelineFile,
            String expectedName,
            StageSpec stage,
            ProjectRequest project,
            boolean replace,
            Reporter reporter,
            Path outputDirectory) {
        OfflineEdit edit = new OfflineEdit("add-stage", reporter, outputDirectory);
        return edit.run(
                pipelineFile,
                expectedName,
                declaration -> StagePlanner.plan(declaration, stage, replace),
                (document, details) ->
                        details.createProjectFile = ProjectCliInput.write(project, document, outputDirectory, reporter)
                                .toString());
    }

    private static void checkParameters(Request request) {
        List<String> problems = new ArrayList<>(request.stage().problems());
        problems.addAll(request.project().problems());
        Names.PIPELINE.problem(request.pipeline()).ifPresent(p -> problems.add("cloudtest.pipeline: " + p));
        if (!problems.isEmpty()) {
            throw new UserFixableException(
                    "The add-stage parameters are not valid:\n  - " + String.join("\n  - ", problems));
        }
    }

    private void refuseInsideOwnPipeline(Request request) {
        String initiator = request.environment().getOrDefault("CODEBUILD_INITIATOR", "");
        if (initiator.equals("codepipeline/" + request.pipeline()) && !request.force()) {
            throw new UserFixableException("This build runs inside pipeline '" + request.pipeline()
                    + "' (CODEBUILD_INITIATOR=" + initiator + "), and updating a pipeline cancels its running"
                    + " execution, this one included. Run the goal outside the pipeline, or set"
                    + " -Dcloudtest.force=true to accept that.");
        }
    }

    private Optional<String> cloudFormationStack(PipelineDocument document) {
        return document.pipelineArn().map(pipelines::tags).map(tags -> tags.get(CLOUDFORMATION_TAG));
    }

    private void warnManagedByStack(String stack, PipelinePlan plan) {
        reporter.warn("Pipeline '" + plan.before().path("name").asText() + "' is managed by CloudFormation stack '"
                + stack + "': its next update will remove this stage again. Add the stage to the template's"
                + " Stages instead:\n"
                + CloudFormationSnippet.of(plan.after().path("stages").get(plan.position())));
    }

    private static EditPlanFile.ProjectEntry projectEntry(ProjectPlan plan) {
        return new EditPlanFile.ProjectEntry(
                plan.action().name(),
                Secrets.maskText(plan.summary()),
                plan.changes().stream().map(Secrets::maskText).toList(),
                SecretMask.of(PipelineJson.mapper().valueToTree(plan.desired())));
    }
}
