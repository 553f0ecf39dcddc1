package dev.cloudtest.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Seeds and reads the real moto server for the moto-* invoker ITs, through its AWS APIs as any client would
 * (JSON and query protocols; moto routes by the service in the credential scope and checks no signature).
 */
public final class MotoSeed {
    private static final String ACCOUNT = "123456789012";
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;

    private MotoSeed(URI endpoint) {
        this.endpoint = endpoint;
    }

    public static MotoSeed at(String endpoint) {
        return new MotoSeed(URI.create(endpoint));
    }

    /** Creates a pipeline from a {@code {"pipeline": {...}}} file, under {@code name}. */
    public String createPipeline(String name, String pipelineJson) {
        ObjectNode tree = (ObjectNode) Json.parse(pipelineJson.getBytes(StandardCharsets.UTF_8));
        ((ObjectNode) tree.get("pipeline")).put("name", name);
        // moto checks that CodePipeline may assume the pipeline's role, so the role must exist.
        createRole(tree.get("pipeline").path("roleArn").asText(), "codepipeline.amazonaws.com");
        return json("codepipeline", "CodePipeline_20150709.CreatePipeline", tree.toString());
    }

    /** The {@code GetPipeline} answer, as moto gives it. */
    public String pipeline(String name) {
        return json("codepipeline", "CodePipeline_20150709.GetPipeline", "{\"name\":\"" + name + "\"}");
    }

    /** A project built for a pipeline stage (moto insists on locations even for CODEPIPELINE). */
    public String createPipelineProject(String name, String buildspec, String image, String serviceRole) {
        return json(
                "codebuild",
                "CodeBuild_20161006.CreateProject",
                "{\"name\":\"" + name + "\",\"source\":{\"type\":\"CODEPIPELINE\",\"location\":\"codepipeline\","
                        + "\"buildspec\":\"" + buildspec + "\"},\"artifacts\":{\"type\":\"CODEPIPELINE\","
                        + "\"location\":\"codepipeline\"},\"environment\":{\"type\":\"LINUX_CONTAINER\",\"image\":\""
                        + image + "\",\"computeType\":\"BUILD_GENERAL1_SMALL\"},\"serviceRole\":\"" + serviceRole
                        + "\"}");
    }

    /** The {@code BatchGetProjects} answer for one project. */
    public String project(String name) {
        return json("codebuild", "CodeBuild_20161006.BatchGetProjects", "{\"names\":[\"" + name + "\"]}");
    }

    /** CloudFormation {@code CreateStack}; moto creates what it supports at once. */
    public String createStack(String name, String templateBody) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("Action", "CreateStack");
        form.put("Version", "2010-05-15");
        form.put("StackName", name);
        form.put("TemplateBody", templateBody);
        return query("cloudformation", form);
    }

    /** An IAM role (path and name from the ARN) the given service may assume. */
    public void createRole(String roleArn, String servicePrincipal) {
        String pathAndName = roleArn.substring(roleArn.indexOf(":role/") + ":role".length());
        int slash = pathAndName.lastIndexOf('/');
        Map<String, String> form = new LinkedHashMap<>();
        form.put("Action", "CreateRole");
        form.put("Version", "2010-05-08");
        form.put("Path", pathAndName.substring(0, slash + 1));
        form.put("RoleName", pathAndName.substring(slash + 1));
        form.put(
                "AssumeRolePolicyDocument",
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\""
                        + servicePrincipal + "\"},\"Action\":\"sts:AssumeRole\"}]}");
        try {
            query("iam", form);
        } catch (IllegalStateException e) {
            if (!e.getMessage().contains("EntityAlreadyExists")) {
                throw e;
            }
        }
    }

    private String query(String service, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(service, null, "application/x-www-form-urlencoded", body);
    }

    public String serviceRole(String name) {
        return "arn:aws:iam::" + ACCOUNT + ":role/" + name;
    }

    private String json(String service, String target, String body) {
        return send(service, target, "application/x-amz-json-1.1", body);
    }

    private String send(String service, String target, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve("/"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .header(
                        "Authorization",
                        "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/" + service
                                + "/aws4_request, SignedHeaders=host, Signature=0")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (target != null) {
            request.header("X-Amz-Target", target);
        }
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException("moto answered " + answer.statusCode() + " to "
                        + (target != null ? target : body) + ": " + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new IllegalStateException("moto at " + endpoint + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
