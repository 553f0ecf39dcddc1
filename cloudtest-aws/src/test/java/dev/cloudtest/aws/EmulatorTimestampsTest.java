package dev.cloudtest.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.codebuild.model.BatchGetProjectsRequest;
import software.amazon.awssdk.services.codepipeline.model.GetPipelineRequest;
import software.amazon.awssdk.services.codepipeline.model.GetPipelineResponse;

class EmulatorTimestampsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What moto server answers to GetPipeline (moto/codepipeline/models.py): ISO strings in metadata. */
    private static final String MOTO_GET_PIPELINE =
            """
            {"pipeline": {"name": "shop", "roleArn": "arn:aws:iam::123456789012:role/pipeline", "version": 2,
              "stages": [{"name": "Source", "actions": [{"name": "Source", "runOrder": 1,
                "actionTypeId": {"category": "Source", "owner": "AWS", "provider": "S3", "version": "1"},
                "configuration": {"S3ObjectKey": "2025-01-02T03:04:05Z"}}]}]},
             "metadata": {"pipelineArn": "arn:aws:codepipeline:us-east-1:123456789012:shop",
              "created": "2025-03-01T10:15:30.123Z", "updated": "2025-03-02T00:00:00.000Z"}}
            """;

    @Test
    void isoTimestampsTheModelDeclaresBecomeEpochSeconds() throws IOException {
        byte[] rewritten = EmulatorTimestamps.rewrite(
                bytes(MOTO_GET_PIPELINE),
                EmulatorTimestamps.responseShape(GetPipelineRequest.builder().build()));

        JsonNode answer = MAPPER.readTree(rewritten);
        // 2025-03-01T10:15:30.123Z = 1740824130.123 s after the epoch.
        assertThat(answer.at("/metadata/created").isNumber()).isTrue();
        assertThat(answer.at("/metadata/created").decimalValue()).isEqualByComparingTo("1740824130.123");
        assertThat(answer.at("/metadata/updated").decimalValue()).isEqualByComparingTo("1740873600");
        // A configuration value that looks like a date is the user's string, not a timestamp.
        assertThat(answer.at("/pipeline/stages/0/actions/0/configuration/S3ObjectKey")
                        .asText())
                .isEqualTo("2025-01-02T03:04:05Z");
        assertThat(answer.at("/pipeline/version").asInt()).isEqualTo(2);
    }

    @Test
    void timestampsInsideListsOfStructuresAreFound() throws IOException {
        String moto = "{\"projects\":[{\"name\":\"it\",\"created\":\"2025-03-01T10:15:30.123Z\","
                + "\"lastModified\":\"2025-03-01T10:15:31.000Z\",\"timeoutInMinutes\":60}]}";

        JsonNode answer = MAPPER.readTree(EmulatorTimestamps.rewrite(
                bytes(moto),
                EmulatorTimestamps.responseShape(
                        BatchGetProjectsRequest.builder().build())));

        assertThat(answer.at("/projects/0/created").decimalValue()).isEqualByComparingTo("1740824130.123");
        assertThat(answer.at("/projects/0/lastModified").decimalValue()).isEqualByComparingTo("1740824131");
        assertThat(answer.at("/projects/0/name").asText()).isEqualTo("it");
    }

    @Test
    void answersFromAwsAreLeftAsTheyAre() {
        byte[] aws = bytes("{\"metadata\":{\"created\":1740824130.123,\"updated\":1.740824130123E9}}");

        byte[] rewritten = EmulatorTimestamps.rewrite(
                aws,
                EmulatorTimestamps.responseShape(GetPipelineRequest.builder().build()));

        assertThat(rewritten).isSameAs(aws);
    }

    @Test
    void theClientsOfAwsClientsReadAMotoAnswer() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = bytes(MOTO_GET_PIPELINE);
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        System.setProperty("aws.accessKeyId", "AKIDEXAMPLE");
        System.setProperty("aws.secretAccessKey", "secret");
        try (AwsClients clients = AwsClients.open(AwsSettings.of(
                "us-east-1", null, "http://127.0.0.1:" + server.getAddress().getPort()))) {
            GetPipelineResponse response = clients.codePipeline().getPipeline(r -> r.name("shop"));

            assertThat(response.metadata().created()).isEqualTo(Instant.parse("2025-03-01T10:15:30.123Z"));
            assertThat(response.pipeline().stages().get(0).actions().get(0).configuration())
                    .containsEntry("S3ObjectKey", "2025-01-02T03:04:05Z");
        } finally {
            System.clearProperty("aws.accessKeyId");
            System.clearProperty("aws.secretAccessKey");
            server.stop(0);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
