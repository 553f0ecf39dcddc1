package dev.cloudtest.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.runner.SecretSource;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/** run-buildspec's secret references read through the SDK with the caller's credentials. */
public final class SdkSecretSource implements SecretSource {
    private final AwsClients aws;

    public SdkSecretSource(AwsClients aws) {
        this.aws = aws;
    }

    @Override
    public String parameter(String name) {
        try {
            return aws.client(SsmClient.class)
                    .getParameter(r -> r.name(name).withDecryption(true))
                    .parameter()
                    .value();
        } catch (SdkException e) {
            throw AwsErrors.translate("SSM GetParameter", "reading Parameter Store parameter " + name, e);
        }
    }

    @Override
    public String secret(String secretId, String jsonKey, String versionStage, String versionId) {
        String text;
        try {
            text = aws.client(SecretsManagerClient.class)
                    .getSecretValue(
                            r -> r.secretId(secretId).versionStage(versionStage).versionId(versionId))
                    .secretString();
        } catch (SdkException e) {
            throw AwsErrors.translate("SecretsManager GetSecretValue", "reading secret " + secretId, e);
        }
        if (jsonKey == null) {
            return text;
        }
        try {
            JsonNode value = JsonMapper.builder().build().readTree(text).get(jsonKey);
            if (value == null) {
                throw new UserFixableException("Secret " + secretId + " has no JSON key '" + jsonKey + "'.");
            }
            return value.isTextual() ? value.asText() : value.toString();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UserFixableException("Secret " + secretId + " is not JSON, so its key '" + jsonKey
                    + "' cannot be read (the value is not shown).");
        }
    }
}
