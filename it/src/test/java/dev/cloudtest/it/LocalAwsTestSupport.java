package dev.cloudtest.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.codebuild.CodeBuildClient;
import software.amazon.awssdk.services.codepipeline.CodePipelineClient;

/**
 * Starts the endpoint in-process on a free port with a clock the test moves, and real SDK clients for it.
 * Register it as a static {@code @RegisterExtension} field: it starts before the class's {@code @BeforeAll}
 * methods and stops after its {@code @AfterAll} methods.
 */
final class LocalAwsTestSupport implements BeforeAllCallback, AfterAllCallback {
    final AtomicLong clock = new AtomicLong(1_750_000_000_000L);
    LocalAwsServer server;
    LocalAwsControl control;
    CodePipelineClient codePipeline;
    CodeBuildClient codeBuild;
    CloudFormationClient cloudFormation;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        server = LocalAwsServer.start(0, clock::get);
        control = LocalAwsControl.at(server.endpoint().toString()).awaitHealthy();
        codePipeline = configure(CodePipelineClient.builder()).build();
        codeBuild = configure(CodeBuildClient.builder()).build();
        cloudFormation = configure(CloudFormationClient.builder()).build();
    }

    private <B extends AwsSyncClientBuilder<B, ?> & AwsClientBuilder<B, ?>> B configure(B builder) {
        builder.httpClientBuilder(UrlConnectionHttpClient.builder());
        return builder.region(Region.US_EAST_1)
                .endpointOverride(server.endpoint())
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(b -> b.maxAttempts(4)
                                .backoffStrategy(BackoffStrategy.retryImmediately())
                                .throttlingBackoffStrategy(BackoffStrategy.retryImmediately()))
                        .build());
    }

    /** The classic Source/Build/Deploy pipeline fixture, renamed. */
    static ObjectNode classicPipeline(String name) {
        try (InputStream in = LocalAwsTestSupport.class.getResourceAsStream("/pipelines/classic.json")) {
            ObjectNode json = (ObjectNode) Json.MAPPER.readTree(in);
            ((ObjectNode) json.get("pipeline")).put("name", name);
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Seeds the classic pipeline under {@code name}. */
    void seedClassic(String name) {
        control.putPipeline(name, Json.write(classicPipeline(name)));
    }

    /** Seeds the classic pipeline under {@code name}, then answers it in {@code dialect}. */
    void seedClassic(String name, String dialect) {
        seedClassic(name);
        control.dialect(name, dialect);
    }

    /** The creation time GetPipeline answers for {@code pipeline}, read by the test's SDK client. */
    Instant created(String pipeline) {
        return codePipeline.getPipeline(b -> b.name(pipeline)).metadata().created();
    }

    /** A raw awsJson call, bypassing the SDK (to send fields it does not know, or no signature). */
    HttpResponse<String> rawJsonCall(String target, String body, boolean signed) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.endpoint())
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", target)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signed) {
            request.header(
                    "Authorization",
                    "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20250101/us-east-1/codepipeline/aws4_request,"
                            + " SignedHeaders=host, Signature=00");
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        codePipeline.close();
        codeBuild.close();
        cloudFormation.close();
        server.close();
    }
}
