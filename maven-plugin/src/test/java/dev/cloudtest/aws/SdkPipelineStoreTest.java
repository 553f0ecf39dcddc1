package dev.cloudtest.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.cloudtest.core.RecordingReporter;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.model.PipelineJson;
import dev.cloudtest.pipeline.Fixtures;
import dev.cloudtest.pipeline.PipelineDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The raw-JSON path through the real SDK: nothing the SDK does not model is lost on the way in or out. */
class SdkPipelineStoreTest {
    private HttpServer server;
    private final List<String> targets = new ArrayList<>();
    private final List<String> bodies = new ArrayList<>();
    private String getPipelineAnswer;
    private int status = 200;

    @BeforeAll
    static void credentials() {
        System.setProperty("aws.accessKeyId", "AKIAIOSFODNN7EXAMPLE");
        System.setProperty("aws.secretAccessKey", "test-secret");
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            targets.add(target);
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String answer;
            if (status != 200) {
                answer = "{\"__type\":\"PipelineNotFoundException\",\"message\":\"no such pipeline\"}";
            } else if (target.endsWith("GetPipeline")) {
                answer = getPipelineAnswer;
            } else {
                answer = "{\"pipeline\":{\"name\":\"demo-v2\",\"version\":8}}";
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private AwsClients clients() {
        return AwsClients.open(AwsSettings.of(
                "us-east-1", null, "http://127.0.0.1:" + server.getAddress().getPort()));
    }

    @Test
    void readsTheRawDeclarationWithFieldsTheSdkDoesNotModel() {
        getPipelineAnswer = PipelineJson.compact(Fixtures.getPipelineOutput("v2-everything.json"));
        RecordingReporter reporter = new RecordingReporter();
        try (AwsClients clients = clients()) {
            PipelineDocument document = new SdkPipelineStore(clients, reporter).read("demo-v2");

            assertThat(document.declaration()).isEqualTo(Fixtures.declaration("v2-everything.json"));
            assertThat(document.declaration()
                            .path("futurePipelineField")
                            .path("enabled")
                            .asBoolean())
                    .isTrue();
            assertThat(document.pipelineArn()).contains("arn:aws:codepipeline:us-east-1:123456789012:demo-v2");
            assertThat(reporter.text())
                    .contains("futurePipelineField")
                    .contains("stages[2].futureStageField")
                    .contains("they are kept");
            assertThat(targets).containsExactly("CodePipeline_20150709.GetPipeline");
            assertThat(clients.callCounts()).containsEntry("CodePipeline.GetPipeline", 1);
        }
    }

    @Test
    void sendsTheDeclarationExactlyAsGiven() {
        ObjectNode declaration = Fixtures.declaration("v2-everything.json");
        try (AwsClients clients = clients()) {
            long version = new SdkPipelineStore(clients, new RecordingReporter()).write(declaration);

            assertThat(version).isEqualTo(8);
            assertThat(targets).containsExactly("CodePipeline_20150709.UpdatePipeline");
            ObjectNode sent = PipelineJson.parseObject(bodies.get(0).getBytes(StandardCharsets.UTF_8), "sent");
            assertThat(sent.fieldNames()).toIterable().containsExactly("pipeline");
            assertThat(sent.get("pipeline")).isEqualTo(declaration);
            assertThat(PipelineJson.compact(sent.get("pipeline"))).isEqualTo(PipelineJson.compact(declaration));
        }
    }

    @Test
    void aMissingPipelineIsAClearUserError() {
        status = 400;
        try (AwsClients clients = clients()) {
            SdkPipelineStore store = new SdkPipelineStore(clients, new RecordingReporter());
            assertThatThrownBy(() -> store.read("nope"))
                    .isInstanceOf(UserFixableException.class)
                    .hasMessageContaining("Pipeline 'nope' does not exist")
                    .hasMessageContaining("cloudtest.region");
        }
    }
}
