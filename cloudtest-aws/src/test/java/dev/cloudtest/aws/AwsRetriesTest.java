package dev.cloudtest.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.core.EnvironmentException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Through the real SDK: which answers are asked again, counted on a canned endpoint. */
class AwsRetriesTest {
    @Test
    void anOperationTheEndpointLacksIsAskedOnceNotEightTimes() throws IOException {
        try (CannedAwsServer moto = new CannedAwsServer();
                AwsClients clients = moto.clients(8)) {
            moto.html("ListPipelines", 500, "<!doctype html><title>500 Internal Server Error</title>");
            moto.json("GetPipeline", 501, "{\"__type\":\"NotImplemented\",\"message\":\"not yet\"}");

            assertThatThrownBy(() -> clients.codePipeline().listPipelines()).isInstanceOf(RuntimeException.class);
            assertThatThrownBy(() -> clients.codePipeline().getPipeline(r -> r.name("p")))
                    .isInstanceOf(RuntimeException.class);

            assertThat(moto.calls())
                    .extracting(CannedAwsServer.Call::operation)
                    .containsExactly("ListPipelines", "GetPipeline");
        }
    }

    @Test
    void aServerErrorWithAnAwsCodeAndThrottlingAreStillRetried() throws IOException {
        try (CannedAwsServer aws = new CannedAwsServer();
                AwsClients clients = aws.clients(3)) {
            aws.json("ListPipelines", 500, "{\"__type\":\"InternalFailure\",\"message\":\"oops\"}");
            aws.json("ListPipelines", 400, "{\"__type\":\"ThrottlingException\",\"message\":\"slow down\"}");
            aws.json("ListPipelines", 200, "{\"pipelines\":[]}");

            assertThat(clients.codePipeline().listPipelines().pipelines()).isEmpty();
            assertThat(aws.calls()).hasSize(3);
        }
    }

    @Test
    void theNotImplementedAnswerStillGetsItsClearMessage() throws IOException {
        try (CannedAwsServer moto = new CannedAwsServer();
                AwsClients clients = moto.clients(8)) {
            moto.html("ListPipelines", 500, "<!doctype html><title>500 Internal Server Error</title>");
            assertThatThrownBy(() -> AwsErrors.call("CodePipeline ListPipelines", () -> clients.codePipeline()
                            .listPipelines()))
                    .isInstanceOf(EnvironmentException.class)
                    .hasMessageContaining("may not implement this operation (CodePipeline ListPipelines");
            assertThat(moto.calls()).hasSize(1);
        }
    }
}
