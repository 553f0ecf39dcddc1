package dev.cloudtest.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkException;

class RetryPolicyTest {
    // Through the real SDK, counting the calls the canned endpoint receives.

    private static final String NOT_IMPLEMENTED_PAGE =
            "<!doctype html><title>500 Internal Server Error</title><h1>Internal Server Error</h1>";

    @Test
    void aNotImplementedPageIsAskedOnce() throws IOException {
        try (CannedAwsServer moto = new CannedAwsServer();
                AwsClients clients = moto.clients(4)) {
            moto.html("UpdateProject", 500, NOT_IMPLEMENTED_PAGE);

            assertThatThrownBy(() -> clients.codeBuild().updateProject(r -> r.name("it")))
                    .isInstanceOf(SdkException.class);

            assertThat(moto.calls()).extracting(CannedAwsServer.Call::operation).containsExactly("UpdateProject");
        }
    }

    @Test
    void a501WithoutErrorCodeIsAskedOnce() throws IOException {
        try (CannedAwsServer moto = new CannedAwsServer();
                AwsClients clients = moto.clients(4)) {
            moto.html("StartPipelineExecution", 501, "Not Implemented");

            assertThatThrownBy(() -> clients.codePipeline().startPipelineExecution(r -> r.name("p")))
                    .isInstanceOf(SdkException.class);

            assertThat(moto.calls()).hasSize(1);
        }
    }

    @Test
    void anAwsInternalFailureIsStillRetried() throws IOException {
        try (CannedAwsServer aws = new CannedAwsServer();
                AwsClients clients = aws.clients(3)) {
            aws.json("UpdateProject", 500, "{\"__type\":\"InternalFailure\",\"message\":\"try again\"}");

            assertThatThrownBy(() -> clients.codeBuild().updateProject(r -> r.name("it")))
                    .isInstanceOf(SdkException.class);

            assertThat(aws.calls()).hasSize(3);
        }
    }

    @Test
    void aGatewayErrorWithoutCodeIsStillRetriedAndSucceeds() throws IOException {
        try (CannedAwsServer aws = new CannedAwsServer();
                AwsClients clients = aws.clients(3)) {
            aws.html("ListPipelines", 503, "<h1>Service Unavailable</h1>")
                    .json("ListPipelines", 200, "{\"pipelines\":[]}");

            assertThat(clients.codePipeline().listPipelines().pipelines()).isEmpty();
            assertThat(aws.calls()).hasSize(2);
        }
    }
}
