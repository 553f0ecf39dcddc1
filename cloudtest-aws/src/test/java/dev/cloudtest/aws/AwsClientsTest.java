package dev.cloudtest.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.CloudFormationAsyncClient;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

class AwsClientsTest {
    private final AwsSettings settings = AwsSettings.of("eu-west-1", null, "http://127.0.0.1:4566");

    @Test
    void buildsAClientOfAnyServiceWithTheSameSettings() {
        try (AwsClients aws = AwsClients.open(settings)) {
            CloudFormationClient byType = aws.client(CloudFormationClient.class);
            CloudFormationClient byBuilder = aws.client(CloudFormationClient.builder());

            assertThat(byType.serviceClientConfiguration().region().id()).isEqualTo("eu-west-1");
            assertThat(byType.serviceClientConfiguration().endpointOverride())
                    .hasValue(settings.endpoint().get());
            assertThat(byBuilder.serviceClientConfiguration().endpointOverride())
                    .hasValue(settings.endpoint().get());
            assertThat(byType).isNotSameAs(byBuilder);
        }
    }

    @Test
    void anAsyncClientIsRefusedWithTheReason() {
        try (AwsClients aws = AwsClients.open(settings)) {
            assertThatThrownBy(() -> aws.client(CloudFormationAsyncClient.class))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("CloudFormationAsyncClient is not a synchronous AWS SDK v2 client interface");
        }
    }
}
