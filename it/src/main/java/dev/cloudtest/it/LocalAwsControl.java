package dev.cloudtest.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A client of the local endpoint's control API (it/LOCAL-AWS.md), for JUnit tests and invoker scripts:
 * {@code LocalAwsControl.at(localAwsEndpoint).putPipeline('demo', json)}. JSON goes in and out as text.
 */
public final class LocalAwsControl {
    private final String base;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private LocalAwsControl(String endpoint) {
        this.base = endpoint.replaceAll("/+$", "") + "/_cloudtest/";
    }

    public static LocalAwsControl at(String endpoint) {
        return new LocalAwsControl(endpoint);
    }

    /** Waits (up to 30 s) until the endpoint answers its health check. */
    public LocalAwsControl awaitHealthy() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                if (send("GET", "health", null).statusCode() == 200) {
                    return this;
                }
            } catch (IllegalStateException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "The local AWS endpoint at " + base + " did not become healthy in 30 s");
            }
            pause(100);
        }
    }

    /** Seeds a pipeline from {@code aws codepipeline get-pipeline} JSON ({@code pipeline}, optional metadata, tags). */
    public String putPipeline(String name, String getPipelineJson) {
        return call("PUT", "codepipeline/pipelines/" + path(name), getPipelineJson);
    }

    /** The stored {@code {"pipeline":…,"metadata":…,"tags":…}}, or null when there is no such pipeline. */
    public String pipelineJson(String name) {
        return callOrNull("GET", "codepipeline/pipelines/" + path(name));
    }

    /** An earlier revision of the pipeline. */
    public String pipelineJson(String name, int version) {
        return callOrNull("GET", "codepipeline/pipelines/" + path(name) + "?version=" + version);
    }

    /** How the next executions of the pipeline go (see LOCAL-AWS.md, "Pipeline runs"). */
    public void putRunPlan(String pipeline, String planJson) {
        call("PUT", "codepipeline/pipelines/" + path(pipeline) + "/run-plan", planJson);
    }

    /** Starts an execution as StartPipelineExecution would (not logged as an AWS call); returns its id. */
    public String startExecution(String pipeline) {
        try {
            return Json.MAPPER
                    .readTree(call("POST", "codepipeline/pipelines/" + path(pipeline) + "/executions", "{}"))
                    .path("pipelineExecutionId")
                    .asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String putProject(String name, String projectJson) {
        return call("PUT", "codebuild/projects/" + path(name), projectJson);
    }

    /** The stored project, or null when there is none. */
    public String projectJson(String name) {
        return callOrNull("GET", "codebuild/projects/" + path(name));
    }

    /** Declares an IAM role; returns its ARN. */
    public String putRole(String name) {
        try {
            return Json.MAPPER
                    .readTree(call("PUT", "iam/roles/" + path(name), "{}"))
                    .path("arn")
                    .asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Seeds a finished CodeBuild build with its reports; returns the build JSON. */
    public String putBuild(String id, String buildJson) {
        return call("PUT", "codebuild/builds/" + path(id), buildJson);
    }

    /** Seeds a CloudFormation stack (see LOCAL-AWS.md, "Stacks"). */
    public String putStack(String name, String stackJson) {
        return call("PUT", "cloudformation/stacks/" + path(name), stackJson);
    }

    /**
     * Makes the endpoint answer every call about {@code resource} (pipeline, project or stack name) like the
     * given emulator: "aws" (default), "localstack" or "localstack-base" (see it/LOCAL-AWS.md, "Dialects").
     */
    public void dialect(String resource, String dialect) {
        call(
                "PUT",
                "dialect",
                Json.write(Json.object().put("resource", resource).put("dialect", dialect)));
    }

    /** The same for calls signed with {@code accessKeyId} that name no resource (ListPipelines, ListExports...). */
    public void accessKeyDialect(String accessKeyId, String dialect) {
        call(
                "PUT",
                "dialect",
                Json.write(Json.object().put("accessKeyId", accessKeyId).put("dialect", dialect)));
    }

    /** The AWS calls about a resource, in order: a JSON array of {service, operation, resource, status}. */
    public String calls(String resource) {
        return call("GET", "calls?resource=" + URLEncoder.encode(resource, StandardCharsets.UTF_8), null);
    }

    /** The operations called about a resource, in order, e.g. [GetPipeline, UpdatePipeline, GetPipeline]. */
    public List<String> operations(String resource) {
        List<String> operations = new ArrayList<>();
        try {
            for (JsonNode call : Json.MAPPER.readTree(calls(resource))) {
                operations.add(call.path("operation").asText());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return operations;
    }

    /** How many calls of {@code operation} were made about {@code resource}. */
    public int count(String resource, String operation) {
        return (int) operations(resource).stream().filter(operation::equals).count();
    }

    /** Adds a fault hitting the next {@code count} calls of {@code operation} on {@code resource}. */
    public void fault(String resource, String operation, String kind, int count) {
        fault(Json.write(Json.object()
                .put("resource", resource)
                .put("operation", operation)
                .put("kind", kind)
                .put("count", count)));
    }

    /** Adds a fault given as the JSON body of {@code POST /_cloudtest/faults}. */
    public void fault(String faultJson) {
        call("POST", "faults", faultJson);
    }

    public void reset() {
        call("POST", "reset", "{}");
    }

    private String call(String method, String path, String body) {
        HttpResponse<String> response = send(method, path, body);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    method + " " + base + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private String callOrNull(String method, String path) {
        HttpResponse<String> response = send(method, path, null);
        if (response.statusCode() == 404) {
            return null;
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    method + " " + base + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private HttpResponse<String> send(String method, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach the local AWS endpoint at " + base + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static String path(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
