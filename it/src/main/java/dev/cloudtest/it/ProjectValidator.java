package dev.cloudtest.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** What CodeBuild checks on Create/UpdateProject (docs/aws-apis.md §3.2); every problem is an InvalidInputException. */
final class ProjectValidator {
    static final String NAME = "[A-Za-z0-9][A-Za-z0-9\\-_]{1,149}";
    private static final List<String> SOURCE_TYPES = List.of(
            "CODECOMMIT",
            "CODEPIPELINE",
            "GITHUB",
            "GITLAB",
            "GITLAB_SELF_MANAGED",
            "S3",
            "BITBUCKET",
            "GITHUB_ENTERPRISE",
            "NO_SOURCE");
    private static final List<String> ARTIFACT_TYPES = List.of("CODEPIPELINE", "S3", "NO_ARTIFACTS");
    private static final List<String> ENVIRONMENT_TYPES = List.of(
            "WINDOWS_CONTAINER",
            "LINUX_CONTAINER",
            "LINUX_GPU_CONTAINER",
            "ARM_CONTAINER",
            "WINDOWS_SERVER_2019_CONTAINER",
            "WINDOWS_SERVER_2022_CONTAINER",
            "LINUX_LAMBDA_CONTAINER",
            "ARM_LAMBDA_CONTAINER",
            "LINUX_EC2",
            "ARM_EC2",
            "WINDOWS_EC2",
            "MAC_ARM");
    private static final List<String> COMPUTE_TYPES = List.of(
            "BUILD_GENERAL1_SMALL",
            "BUILD_GENERAL1_MEDIUM",
            "BUILD_GENERAL1_LARGE",
            "BUILD_GENERAL1_XLARGE",
            "BUILD_GENERAL1_2XLARGE",
            "BUILD_LAMBDA_1GB",
            "BUILD_LAMBDA_2GB",
            "BUILD_LAMBDA_4GB",
            "BUILD_LAMBDA_8GB",
            "BUILD_LAMBDA_10GB",
            "ATTRIBUTE_BASED_COMPUTE",
            "CUSTOM_INSTANCE_TYPE");

    private ProjectValidator() {}

    /** Checks a complete project (CreateProject input, or the stored project with an update merged in). */
    static void validate(JsonNode project, CodeBuildState codeBuild) {
        Constraints c = new Constraints();
        c.string("name", project, "name", true, 2, 150, NAME);
        c.string("description", project, "description", false, 0, 255, null);
        c.required("source", project, "source");
        c.required("artifacts", project, "artifacts");
        c.required("environment", project, "environment");
        c.required("serviceRole", project, "serviceRole");
        c.enumValue("source.type", project.get("source"), "type", project.has("source"), SOURCE_TYPES);
        c.enumValue("artifacts.type", project.get("artifacts"), "type", project.has("artifacts"), ARTIFACT_TYPES);
        JsonNode environment = project.get("environment");
        c.enumValue("environment.type", environment, "type", environment != null, ENVIRONMENT_TYPES);
        c.enumValue("environment.computeType", environment, "computeType", environment != null, COMPUTE_TYPES);
        c.string("environment.image", environment, "image", environment != null, 1, 1024, null);
        c.range("timeoutInMinutes", project, "timeoutInMinutes", 5, 2160);
        c.range("queuedTimeoutInMinutes", project, "queuedTimeoutInMinutes", 5, 480);
        c.size("tags", project, "tags", 0, 50);
        for (JsonNode variable : Json.elements(environment, "environmentVariables")) {
            c.string("environment.environmentVariables.name", variable, "name", true, 1, 1024, null);
            c.required("environment.environmentVariables.value", variable, "value");
        }
        c.throwIfAny("InvalidInputException");
        boolean pipelineSource =
                "CODEPIPELINE".equals(project.path("source").path("type").asText());
        boolean pipelineArtifacts =
                "CODEPIPELINE".equals(project.path("artifacts").path("type").asText());
        if (pipelineSource != pipelineArtifacts) {
            throw invalid("Invalid input: when using CodePipeline both sourceType, and artifactType must be set to:"
                    + " CODEPIPELINE");
        }
        for (String secondary : List.of("secondarySources", "secondaryArtifacts")) {
            for (JsonNode item : Json.elements(project, secondary)) {
                if ("CODEPIPELINE".equals(Json.text(item, "type"))) {
                    throw invalid("Invalid input: CODEPIPELINE is not a valid type for " + secondary);
                }
            }
        }
        if (pipelineSource && project.path("badge").path("badgeEnabled").asBoolean(false)) {
            throw invalid("Invalid input: badge is not supported for projects with CODEPIPELINE source");
        }
        String role = Json.text(project, "serviceRole");
        if (!codeBuild.hasRole(role)) {
            throw notAuthorized(role);
        }
    }

    /** What CodeBuild says for a role it cannot assume: missing, or not yet propagated in IAM. */
    static AwsError notAuthorized(String role) {
        String arn = role.startsWith("arn:") || role.contains(" ")
                ? role
                : "arn:aws:iam::" + PipelineStore.ACCOUNT + ":role/" + role;
        return invalid("CodeBuild is not authorized to perform: sts:AssumeRole on " + arn);
    }

    static AwsError invalid(String message) {
        return AwsError.badRequest("InvalidInputException", message);
    }
}
