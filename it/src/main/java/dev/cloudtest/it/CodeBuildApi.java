package dev.cloudtest.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/** CodeBuild (2016-10-06): projects, builds, reports and test cases. */
final class CodeBuildApi implements JsonApi {
    private final LocalAwsState state;

    CodeBuildApi(LocalAwsState state) {
        this.state = state;
    }

    @Override
    public String service() {
        return "CodeBuild";
    }

    @Override
    public String targetPrefix() {
        return "CodeBuild_20161006";
    }

    @Override
    public String resourceOf(String operation, JsonNode body) {
        if (Json.text(body, "name") != null) {
            return CodeBuildState.projectName(Json.text(body, "name"));
        }
        for (String list : List.of("names", "ids")) {
            List<JsonNode> items = Json.elements(body, list);
            if (!items.isEmpty()) {
                String first = CodeBuildState.projectName(items.get(0).asText());
                return first.contains(":") ? first.substring(0, first.indexOf(':')) : first;
            }
        }
        String arn =
                Json.text(body, "reportArn") != null ? Json.text(body, "reportArn") : Json.text(body, "reportGroupArn");
        if (arn == null && !Json.elements(body, "reportArns").isEmpty()) {
            arn = Json.elements(body, "reportArns").get(0).asText();
        }
        return arn == null ? "" : arn.substring(arn.indexOf('/') + 1).replaceFirst(":.*", "");
    }

    @Override
    public JsonNode handle(String operation, JsonNode body, String region, Dialect dialect) {
        return switch (operation) {
            case "CreateProject" -> createProject(body, region);
            case "UpdateProject" -> updateProject(body);
            case "BatchGetProjects" -> batchGetProjects(body);
            case "DeleteProject" -> deleteProject(body);
            case "ListProjects" -> listProjects(body);
            case "BatchGetBuilds" -> batchGetBuilds(body);
            case "BatchGetReports" -> batchGetReports(body);
            case "ListReportsForReportGroup", "ListReports" -> listReports(body);
            case "DescribeTestCases" -> describeTestCases(body);
            default -> throw JsonApi.unknownOperation(operation);
        };
    }

    private JsonNode createProject(JsonNode body, String region) {
        ObjectNode project = ((ObjectNode) body).deepCopy();
        ProjectValidator.validate(project, state.codeBuild);
        String name = Json.text(project, "name");
        if (state.codeBuild.hasProject(name)) {
            throw AwsError.badRequest("ResourceAlreadyExistsException", "Project already exists: " + name);
        }
        project.put("arn", "arn:aws:codebuild:" + region + ":" + PipelineStore.ACCOUNT + ":project/" + name);
        project.put("serviceRole", roleArn(Json.text(project, "serviceRole")));
        if (!project.has("timeoutInMinutes")) {
            project.put("timeoutInMinutes", 60);
        }
        if (!project.has("queuedTimeoutInMinutes")) {
            project.put("queuedTimeoutInMinutes", 480);
        }
        if (!project.has("badge")) {
            project.putObject("badge").put("badgeEnabled", false);
        }
        if (!project.has("projectVisibility")) {
            project.put("projectVisibility", "PRIVATE");
        }
        project.set("created", Json.epochSeconds(state.now()));
        project.set("lastModified", Json.epochSeconds(state.now()));
        state.codeBuild.putProject(project);
        return Json.object().set("project", project.deepCopy());
    }

    private JsonNode updateProject(JsonNode body) {
        String name = Json.text(body, "name");
        ObjectNode stored = state.codeBuild.project(name);
        if (stored == null) {
            throw AwsError.badRequest("ResourceNotFoundException", "Project cannot be found: " + name);
        }
        ObjectNode project = stored.deepCopy();
        body.fields().forEachRemaining(e -> project.set(e.getKey(), e.getValue().deepCopy()));
        project.put("name", Json.text(stored, "name"));
        ProjectValidator.validate(project, state.codeBuild);
        project.put("serviceRole", roleArn(Json.text(project, "serviceRole")));
        project.set("lastModified", Json.epochSeconds(state.now()));
        state.codeBuild.putProject(project);
        return Json.object().set("project", project.deepCopy());
    }

    private JsonNode batchGetProjects(JsonNode body) {
        List<JsonNode> names = Json.elements(body, "names");
        if (names.isEmpty() || names.size() > 100) {
            throw ProjectValidator.invalid("1 validation error detected: Value at 'names' failed to satisfy"
                    + " constraint: Member must have length between 1 and 100");
        }
        ObjectNode answer = Json.object();
        ArrayNode projects = answer.putArray("projects");
        ArrayNode notFound = answer.putArray("projectsNotFound");
        for (JsonNode name : names) {
            ObjectNode project = state.codeBuild.project(name.asText());
            if (project == null) {
                notFound.add(name.asText());
            } else {
                projects.add(project.deepCopy());
            }
        }
        return answer;
    }

    private JsonNode deleteProject(JsonNode body) {
        state.codeBuild.deleteProject(Json.text(body, "name"));
        return Json.object();
    }

    private JsonNode listProjects(JsonNode body) {
        return Pages.of(
                        state.codeBuild.projectNames(),
                        Json.text(body, "nextToken"),
                        null,
                        100,
                        "InvalidInputException")
                .answer("projects", TextNode::valueOf);
    }

    private JsonNode batchGetBuilds(JsonNode body) {
        ObjectNode answer = Json.object();
        ArrayNode builds = answer.putArray("builds");
        ArrayNode notFound = answer.putArray("buildsNotFound");
        long now = state.now();
        for (JsonNode id : Json.elements(body, "ids")) {
            CodeBuildState.Build build = state.codeBuild.build(id.asText().replaceFirst("^arn:.*:build/", ""));
            if (build == null) {
                notFound.add(id.asText());
            } else {
                builds.add(build.at(now));
            }
        }
        return answer;
    }

    private JsonNode batchGetReports(JsonNode body) {
        ObjectNode answer = Json.object();
        ArrayNode reports = answer.putArray("reports");
        ArrayNode notFound = answer.putArray("reportsNotFound");
        for (JsonNode arn : Json.elements(body, "reportArns")) {
            ObjectNode report = state.codeBuild.report(arn.asText());
            if (report == null) {
                notFound.add(arn.asText());
            } else {
                reports.add(report.deepCopy());
            }
        }
        return answer;
    }

    private JsonNode listReports(JsonNode body) {
        List<String> arns = state.codeBuild.reportArnsOfGroup(Json.text(body, "reportGroupArn"));
        String status = Json.text(body.path("filter"), "status");
        List<String> matching = new ArrayList<>();
        for (String arn : arns) {
            if (status == null || status.equals(Json.text(state.codeBuild.report(arn), "status"))) {
                matching.add(arn);
            }
        }
        if (!"ASCENDING".equals(Json.text(body, "sortOrder"))) {
            Collections.reverse(matching);
        }
        return Pages.of(body, matching, 100, "InvalidInputException").answer("reports", TextNode::valueOf);
    }

    private JsonNode describeTestCases(JsonNode body) {
        String arn = Json.text(body, "reportArn");
        ArrayNode all = arn == null ? null : state.codeBuild.testCases(arn);
        if (all == null) {
            throw AwsError.badRequest("ResourceNotFoundException", "Report not found: " + arn);
        }
        String status = Json.text(body.path("filter"), "status");
        String keyword = Json.text(body.path("filter"), "keyword");
        List<JsonNode> matching = new ArrayList<>();
        for (JsonNode testCase : all) {
            boolean statusOk = status == null || status.equals(Json.text(testCase, "status"));
            boolean keywordOk = keyword == null || testCase.toString().contains(keyword);
            if (statusOk && keywordOk) {
                matching.add(testCase);
            }
        }
        return Pages.of(body, matching, 50, "InvalidInputException").answer("testCases", Function.identity());
    }

    private static String roleArn(String role) {
        return role.startsWith("arn:") ? role : "arn:aws:iam::" + PipelineStore.ACCOUNT + ":role/" + role;
    }
}
