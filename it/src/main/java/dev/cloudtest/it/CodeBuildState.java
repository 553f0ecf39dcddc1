package dev.cloudtest.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** CodeBuild projects, the IAM roles they may use, builds and test reports. Callers hold the state lock. */
final class CodeBuildState {
    /** A build whose status follows a timeline: IN_PROGRESS from start to end, then its final status. */
    record Build(ObjectNode base, long startMillis, long endMillis, String finalStatus) {
        ObjectNode at(long now) {
            ObjectNode build = base.deepCopy();
            boolean done = now >= endMillis;
            build.set("startTime", Json.epochSeconds(startMillis));
            build.put("buildStatus", done ? finalStatus : "IN_PROGRESS");
            build.put("currentPhase", done ? "COMPLETED" : "BUILD");
            build.put("buildComplete", done);
            if (done) {
                build.set("endTime", Json.epochSeconds(endMillis));
            }
            return build;
        }
    }

    private final Map<String, ObjectNode> projects = new TreeMap<>();
    private final Set<String> roles = new TreeSet<>();
    private final Map<String, Build> builds = new LinkedHashMap<>();
    private final Map<String, ObjectNode> reports = new LinkedHashMap<>();
    private final Map<String, ArrayNode> testCases = new LinkedHashMap<>();
    private int buildCounter;

    ObjectNode project(String nameOrArn) {
        return nameOrArn == null ? null : projects.get(projectName(nameOrArn));
    }

    boolean hasProject(String nameOrArn) {
        return project(nameOrArn) != null;
    }

    void putProject(ObjectNode project) {
        projects.put(Json.text(project, "name"), project);
    }

    void deleteProject(String name) {
        projects.remove(projectName(name));
    }

    List<String> projectNames() {
        return new ArrayList<>(projects.keySet());
    }

    void putRole(String name) {
        roles.add(name);
    }

    /** A role given as name or ARN exists when its last path segment was declared. */
    boolean hasRole(String nameOrArn) {
        return nameOrArn != null && roles.contains(nameOrArn.substring(nameOrArn.lastIndexOf('/') + 1));
    }

    /**
     * Records a build with its test reports. {@code reports}: [{name, testCases:[{name, prefix, status,
     * message, testRawDataPath, durationInNanoSeconds}]}], grouped in report groups {@code <project>-<name>}.
     */
    String addBuild(
            String region, String project, String initiator, long start, long end, String status, JsonNode plan) {
        buildCounter++;
        String uuid = String.format("00000000-0000-4000-8000-%012d", buildCounter);
        String id = Json.text(plan, "id") != null ? Json.text(plan, "id") : project + ":" + uuid;
        String arn = "arn:aws:codebuild:" + region + ":" + PipelineStore.ACCOUNT + ":build/" + id;
        ObjectNode build = Json.object()
                .put("id", id)
                .put("arn", arn)
                .put("buildNumber", buildCounter)
                .put("projectName", project)
                .put("initiator", initiator);
        build.putObject("source").put("type", "CODEPIPELINE");
        String group = "/aws/codebuild/" + project;
        String stream = id.substring(id.indexOf(':') + 1);
        build.putObject("logs")
                .put("groupName", group)
                .put("streamName", stream)
                .put(
                        "deepLink",
                        "https://console.aws.amazon.com/cloudwatch/home?region=" + region + "#logsV2:log-groups/"
                                + "log-group/" + group.replace("/", "$252F") + "/log-events/" + stream);
        ArrayNode reportArns = build.putArray("reportArns");
        for (JsonNode report : Json.elements(plan, "reports")) {
            reportArns.add(addReport(region, project, arn, stream, report, start));
        }
        String finalStatus = Json.text(plan, "buildStatus") != null ? Json.text(plan, "buildStatus") : status;
        builds.put(id, new Build(build, start, end, finalStatus));
        return id;
    }

    private String addReport(String region, String project, String buildArn, String uuid, JsonNode plan, long now) {
        String groupName = project + "-" + Json.text(plan, "name");
        String groupArn = "arn:aws:codebuild:" + region + ":" + PipelineStore.ACCOUNT + ":report-group/" + groupName;
        String arn = "arn:aws:codebuild:" + region + ":" + PipelineStore.ACCOUNT + ":report/" + groupName + ":" + uuid;
        ArrayNode cases = Json.array();
        Map<String, Integer> counts = new TreeMap<>();
        long duration = 0;
        for (JsonNode planned : Json.elements(plan, "testCases")) {
            ObjectNode testCase = ((ObjectNode) planned).deepCopy();
            testCase.put("reportArn", arn);
            if (!testCase.has("status")) {
                testCase.put("status", "SUCCEEDED");
            }
            if (!testCase.has("durationInNanoSeconds")) {
                testCase.put("durationInNanoSeconds", 1_000_000L);
            }
            testCase.set("expired", Json.epochSeconds(now + 30L * 24 * 3600 * 1000));
            counts.merge(testCase.get("status").asText(), 1, Integer::sum);
            duration += testCase.get("durationInNanoSeconds").asLong();
            cases.add(testCase);
        }
        boolean failed = counts.containsKey("FAILED") || counts.containsKey("ERROR");
        ObjectNode report = Json.object()
                .put("arn", arn)
                .put("type", "TEST")
                .put("name", groupName)
                .put("reportGroupArn", groupArn)
                .put("executionId", buildArn)
                .put(
                        "status",
                        Json.text(plan, "status") != null ? Json.text(plan, "status") : failed ? "FAILED" : "SUCCEEDED")
                .put("truncated", false);
        report.set("created", Json.epochSeconds(now));
        report.set("expired", Json.epochSeconds(now + 30L * 24 * 3600 * 1000));
        ObjectNode summary = report.putObject("testSummary").put("total", cases.size());
        ObjectNode statusCounts = summary.putObject("statusCounts");
        counts.forEach(statusCounts::put);
        summary.put("durationInNanoSeconds", duration);
        reports.put(arn, report);
        testCases.put(arn, cases);
        return arn;
    }

    Build build(String id) {
        return builds.get(id);
    }

    void stopBuild(String id, long now) {
        Build build = builds.get(id);
        if (build != null && now < build.endMillis()) {
            builds.put(id, new Build(build.base(), build.startMillis(), now, "STOPPED"));
        }
    }

    ObjectNode report(String arn) {
        return reports.get(arn);
    }

    List<String> reportArnsOfGroup(String groupArn) {
        return reports.values().stream()
                .filter(r -> groupArn == null || groupArn.equals(Json.text(r, "reportGroupArn")))
                .map(r -> Json.text(r, "arn"))
                .toList();
    }

    ArrayNode testCases(String reportArn) {
        return testCases.get(reportArn);
    }

    static String projectName(String nameOrArn) {
        int slash = nameOrArn.indexOf(":project/");
        return slash >= 0 ? nameOrArn.substring(slash + ":project/".length()) : nameOrArn;
    }
}
