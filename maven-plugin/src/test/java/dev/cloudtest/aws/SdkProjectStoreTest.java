package dev.cloudtest.aws;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.core.EnvironmentException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class SdkProjectStoreTest {
    // Through the real SDK: what an emulator lacking a call answers, end to end.

    @Test
    void motosNotImplementedPageForUpdateProjectIsAnEnvironmentErrorNamingTheCall() throws IOException {
        try (CannedAwsServer moto = new CannedAwsServer();
                AwsClients clients = moto.clients(1)) {
            moto.json(
                    "BatchGetProjects",
                    200,
                    "{\"projects\":[{\"name\":\"it\",\"source\":{\"type\":\"CODEPIPELINE\"},\"artifacts\":{\"type\":"
                            + "\"CODEPIPELINE\"},\"environment\":{\"type\":\"LINUX_CONTAINER\",\"image\":\"img\","
                            + "\"computeType\":\"BUILD_GENERAL1_SMALL\"},\"serviceRole\":\"arn:role\"}]}");
            moto.html(
                    "UpdateProject",
                    500,
                    "<!doctype html><title>500 Internal Server Error</title><h1>Internal Server Error</h1>");
            SdkProjectStore store = new SdkProjectStore(clients);
            var settings = store.find("it").orElseThrow();

            assertThatThrownBy(() -> store.update(settings))
                    .isInstanceOf(EnvironmentException.class)
                    .hasMessageStartingWith(
                            "The endpoint answered HTTP 500 without an AWS error while updating CodeBuild"
                                    + " project 'it'.")
                    .hasMessageContaining("may not implement this operation (CodeBuild UpdateProject;")
                    .hasMessageContaining("Request id canned.");
        }
    }
}
