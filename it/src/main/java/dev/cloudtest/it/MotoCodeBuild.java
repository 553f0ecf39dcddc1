package dev.cloudtest.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The CodeBuild operations moto answers differently from AWS (docs/aws-apis.md §7.2, moto/codebuild/responses.py):
 * its own CreateProject checks (locations required even for CODEPIPELINE, fewer compute types, a role ARN of
 * the account, no IAM lookup), batch answers without the "not found" lists, ISO-8601 times, no pages.
 */
final class MotoCodeBuild {
    private static final Set<String> OPERATIONS =
            Set.of("CreateProject", "BatchGetProjects", "BatchGetBuilds", "ListProjects");
    private static final List<String> SOURCE_TYPES =
            List.of("BITBUCKET", "CODECOMMIT", "CODEPIPELINE", "GITHUB", "GITHUB_ENTERPRISE", "NO_SOURCE", "S3");
    private static final List<String> ARTIFACT_TYPES = List.of("CODEPIPELINE", "S3", "NO_ARTIFACTS");
    private static final List<String> ENVIRONMENT_TYPES =
            List.of("WINDOWS_CONTAINER", "LINUX_CONTAINER", "LINUX_GPU_CONTAINER", "ARM_CONTAINER");
    private static final List<String> COMPUTE_TYPES =
            List.of("BUILD_GENERAL1_SMALL", "BUILD_GENERAL1_MEDIUM", "BUILD_GENERAL1_LARGE", "BUILD_GENERAL1_2XLARGE");
    private static final Pattern NAME = Pattern.compile("^[A-Za-z].*[^!£$%^&*()+=|?`¬{}@~#:;<>\\\\/\\[\\]]$");
    private static final String[] PROJECT_TIMES = {"created", "lastModified"};

    private final LocalAwsState state;

    MotoCodeBuild(LocalAwsState state) {
        this.state = state;
    }

    boolean handles(String operation) {
        return OPERATIONS.contains(operation);
    }

    JsonNode handle(String operation, JsonNode body, String region) {
        return switch (operation) {
            case "CreateProject" -> createProject(body, region);
            case "BatchGetProjects" -> batchGetProjects(body);
            case "BatchGetBuilds" -> batchGetBuilds(body);
            default -> listProjects();
        };
    }

    private JsonNode createProject(JsonNode body, String region) {
        validate(body);
        String name = Json.text(body, "name");
        String arn = "arn:aws:codebuild:" + region + ":" + PipelineStore.ACCOUNT + ":project/" + name;
        if (state.codeBuild.hasProject(name)) {
            throw AwsError.badRequest("ResourceAlreadyExistsException", "Project already exists: " + arn);
        }
        ObjectNode project = ((ObjectNode) body).deepCopy();
        project.put("arn", arn);
        project.put("encryptionKey", "arn:aws:kms:" + region + ":" + PipelineStore.ACCOUNT + ":alias/aws/s3");
        project.putObject("badge").put("badgeEnabled", false);
        if (!project.has("cache")) {
            project.putObject("cache").put("type", "NO_CACHE");
        }
        project.set("created", Json.epochSeconds(state.now()));
        project.set("lastModified", Json.epochSeconds(state.now()));
        state.codeBuild.putProject(project);
        return Json.object().set("project", Json.withTimes(project, Dialect.MOTO, PROJECT_TIMES));
    }

    /** moto's checks, in its order, with its messages (a missing object fails like an empty one). */
    private static void validate(JsonNode body) {
        JsonNode source = body.path("source");
        if (!SOURCE_TYPES.contains(source.path("type").asText())) {
            throw ProjectValidator.invalid("Invalid type provided: Project source type");
        }
        if (source.path("location").asText("").isEmpty()) {
            throw ProjectValidator.invalid("Project source location is required");
        }
        if (!body.path("serviceRole").asText("").startsWith("arn:aws:iam::" + PipelineStore.ACCOUNT + ":role/")) {
            throw ProjectValidator.invalid(
                    "Invalid service role: Service role account ID does not match caller's account");
        }
        JsonNode artifacts = body.path("artifacts");
        String artifactType = artifacts.path("type").asText();
        if (!ARTIFACT_TYPES.contains(artifactType)) {
            throw ProjectValidator.invalid("Invalid type provided: Artifact type");
        }
        if (artifactType.equals("NO_ARTIFACTS") && artifacts.has("location")) {
            throw ProjectValidator.invalid("Invalid artifacts: artifact type NO_ARTIFACTS should have null location");
        }
        if (!artifactType.equals("NO_ARTIFACTS")
                && artifacts.path("location").asText("").isEmpty()) {
            throw ProjectValidator.invalid("Project source location is required");
        }
        JsonNode environment = body.path("environment");
        if (!ENVIRONMENT_TYPES.contains(environment.path("type").asText())) {
            throw ProjectValidator.invalid(
                    "Invalid type provided: " + environment.path("type").asText());
        }
        if (!COMPUTE_TYPES.contains(environment.path("computeType").asText())) {
            throw ProjectValidator.invalid("Invalid compute type provided: "
                    + environment.path("computeType").asText());
        }
        String name = body.path("name").asText("");
        if (name.length() >= 150 || !NAME.matcher(name).find()) {
            throw ProjectValidator.invalid("Only alphanumeric characters, dash, and underscore are supported");
        }
    }

    /** Only {@code projects}: names or ARNs that are not found are left out silently. */
    private JsonNode batchGetProjects(JsonNode body) {
        ObjectNode answer = Json.object();
        ArrayNode projects = answer.putArray("projects");
        for (JsonNode name : Json.elements(body, "names")) {
            ObjectNode project = state.codeBuild.project(name.asText());
            if (project != null) {
                projects.add(Json.withTimes(project, Dialect.MOTO, PROJECT_TIMES));
            }
        }
        return answer;
    }

    /** Only {@code builds}, ISO-8601 times; an id without ':' is refused as moto does. */
    private JsonNode batchGetBuilds(JsonNode body) {
        ObjectNode answer = Json.object();
        ArrayNode builds = answer.putArray("builds");
        long now = state.now();
        for (JsonNode id : Json.elements(body, "ids")) {
            if (!id.asText().contains(":")) {
                throw ProjectValidator.invalid("Invalid build ID provided");
            }
            CodeBuildState.Build build = state.codeBuild.build(id.asText().replaceFirst("^arn:.*:build/", ""));
            if (build != null) {
                builds.add(Json.withTimes(build.at(now), Dialect.MOTO, "startTime", "endTime"));
            }
        }
        return answer;
    }

    private JsonNode listProjects() {
        ObjectNode answer = Json.object();
        ArrayNode projects = answer.putArray("projects");
        state.codeBuild.projectNames().forEach(projects::add);
        return answer;
    }
}
