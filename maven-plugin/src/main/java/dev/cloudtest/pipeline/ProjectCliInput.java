package dev.cloudtest.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudtest.core.Reporter;
import dev.cloudtest.core.ResultFiles;
import dev.cloudtest.model.PipelineJson;
import dev.cloudtest.project.ProjectPlanner;
import dev.cloudtest.project.ProjectRequest;
import dev.cloudtest.project.ProjectSettings;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Offline, nothing is sent to AWS, so the stage's CodeBuild project is not created: this writes the input of
 * {@code aws codebuild create-project --cli-input-json file://...} for it (the same settings and tag online mode
 * would use) beside the updated pipeline, and says so.
 */
final class ProjectCliInput {
    /** Stands in for a service role nobody named: create-project refuses it until it is replaced. */
    static final String ROLE_PLACEHOLDER = "REPLACE-WITH-THE-SERVICE-ROLE-ARN";

    private ProjectCliInput() {}

    static Path write(ProjectRequest request, PipelineDocument pipeline, Path outputDirectory, Reporter reporter) {
        Optional<String> role = request.serviceRoleArn(pipeline.partition(), pipeline.accountId());
        ProjectSettings settings = ProjectPlanner.plan(
                        Optional.empty(), request, Optional.of(role.orElse(ROLE_PLACEHOLDER)))
                .desired();
        ObjectNode input = PipelineJson.newObject();
        input.put("name", settings.name());
        input.put("description", "Integration tests run by the pipeline stage cloudtest added");
        input.putObject("source").put("type", settings.sourceType()).put("buildspec", settings.buildspec());
        input.putObject("artifacts").put("type", settings.artifactsType());
        input.putObject("environment")
                .put("type", settings.environmentType())
                .put("image", settings.image())
                .put("computeType", settings.computeType());
        input.put("serviceRole", settings.serviceRole());
        if (settings.batchMaxBuilds() > 0) {
            input.putObject("buildBatchConfig")
                    .put("serviceRole", settings.serviceRole())
                    .putObject("restrictions")
                    .put("maximumBuildsAllowed", settings.batchMaxBuilds());
        }
        if (ProjectSettings.LOCAL_CACHE.equals(settings.cacheType())) {
            input.putObject("cache").put("type", "LOCAL").putArray("modes").add("LOCAL_CUSTOM_CACHE");
        } else if (ProjectSettings.S3_CACHE.equals(settings.cacheType())) {
            input.putObject("cache").put("type", "S3").put("location", settings.cacheLocation());
        }
        input.putArray("tags")
                .addObject()
                .put("key", ProjectSettings.MANAGED_TAG)
                .put("value", "true");
        Path file = ResultFiles.writeText(
                outputDirectory, settings.name() + ".create-project.json", PipelineJson.pretty(input) + "\n");
        reporter.warn("The CodeBuild project '" + settings.name() + "' was not created: offline mode sends nothing"
                + " to AWS. If it does not exist yet, create it with: aws codebuild create-project --cli-input-json"
                + " file://" + file
                + (role.isEmpty()
                        ? " (first replace " + ROLE_PLACEHOLDER + " in it, or give -Dcloudtest.serviceRole)"
                        : ""));
        return file;
    }
}
