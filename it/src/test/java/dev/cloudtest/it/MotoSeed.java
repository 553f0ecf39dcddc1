package dev.cloudtest.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Seeds and reads the real moto server the build starts, for the moto-* invoker ITs' Groovy scripts: raw AWS
 * protocol calls (JSON 1.1 for CodePipeline/CodeBuild, query for CloudFormation), so what is seeded does not go
 * through the code under test.
 */
public final class MotoSeed {
    private static final String AUTH = "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/%s/"
            + "aws4_request, SignedHeaders=host;x-amz-date, Signature=0";

    private final URI endpoint;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private MotoSeed(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** Waits (up to 90 s) until the moto server the build started answers. */
    public static MotoSeed at(String endpoint) throws InterruptedException {
        MotoSeed seed = new MotoSeed(URI.create(endpoint));
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            try {
                HttpResponse<String> r = seed.http.send(
                        HttpRequest.newBuilder(seed.endpoint.resolve("/moto-api/"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() < 500) {
                    return seed;
                }
            } catch (IOException notYet) {
                // starting
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("moto did not answer at " + endpoint + " within 90 s");
            }
            Thread.sleep(250);
        }
    }

    /** A CodePipeline or CodeBuild JSON 1.1 call; returns the answer's body, fails on a non-200 answer. */
    public String json(String target, String body) throws IOException, InterruptedException {
        String service = target.startsWith("CodeBuild") ? "codebuild" : "codepipeline";
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(endpoint)
                        .header("X-Amz-Target", target)
                        .header("Content-Type", "application/x-amz-json-1.1")
                        .header("X-Amz-Date", "20260101T000000Z")
                        .header("Authorization", String.format(AUTH, service))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(target + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    /** A CloudFormation query call. */
    public String cloudFormation(Map<String, String> parameters) throws IOException, InterruptedException {
        return query("cloudformation", "2010-05-15", parameters);
    }

    /**
     * Creates an IAM role (moto checks that a pipeline's role exists); {@code path} like /service-role/. A role
     * another IT created already is fine: the moto server is shared by the ITs.
     */
    public void createRole(String name, String path) throws IOException, InterruptedException {
        try {
            createRoleOnce(name, path);
        } catch (IllegalStateException e) {
            if (!e.getMessage().contains("EntityAlreadyExists")) {
                throw e;
            }
        }
    }

    private String createRoleOnce(String name, String path) throws IOException, InterruptedException {
        return query(
                "iam",
                "2010-05-08",
                Map.of(
                        "Action",
                        "CreateRole",
                        "RoleName",
                        name,
                        "Path",
                        path,
                        "AssumeRolePolicyDocument",
                        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
                                + "{\"Service\":\"codepipeline.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}"));
    }

    private String query(String service, String version, Map<String, String> parameters)
            throws IOException, InterruptedException {
        String form = parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(endpoint)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Amz-Date", "20260101T000000Z")
                        .header("Authorization", String.format(AUTH, service))
                        .POST(HttpRequest.BodyPublishers.ofString(form + "&Version=" + version))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(parameters.get("Action") + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    public String createPipeline(String declarationJson) throws IOException, InterruptedException {
        return json("CodePipeline_20150709.CreatePipeline", declarationJson);
    }

    public String getPipeline(String name) throws IOException, InterruptedException {
        return json("CodePipeline_20150709.GetPipeline", "{\"name\":\"" + name + "\"}");
    }

    public String batchGetProjects(String name) throws IOException, InterruptedException {
        return json("CodeBuild_20161006.BatchGetProjects", "{\"names\":[\"" + name + "\"]}");
    }

    public String createStack(String name, String templateBody) throws IOException, InterruptedException {
        return cloudFormation(Map.of("Action", "CreateStack", "StackName", name, "TemplateBody", templateBody));
    }
}
