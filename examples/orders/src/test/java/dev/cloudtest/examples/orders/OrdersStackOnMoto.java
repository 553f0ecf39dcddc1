package dev.cloudtest.examples.orders;

import dev.cloudtest.aws.AwsClients;
import dev.cloudtest.aws.AwsSettings;
import dev.cloudtest.testlib.MotoExtension;
import dev.cloudtest.testlib.MotoServer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;

/**
 * "The deploy", locally: the example's stack on the moto server (the orders table; the user pool, created first
 * and named in the outputs), and the library pointed at it — in CodeBuild the pipeline has deployed the stack and
 * these three properties come from the environment instead.
 */
final class OrdersStackOnMoto implements BeforeAllCallback {
    static final String STACK = "orders-example";

    @Override
    public void beforeAll(ExtensionContext context) {
        MotoServer moto = MotoExtension.server(context);
        System.setProperty("cloudtest.endpoint", moto.endpoint().toString());
        System.setProperty("cloudtest.region", "us-east-1");
        System.setProperty("cloudtest.stackName", STACK);
        try (AwsClients aws = AwsClients.open(
                AwsSettings.of("us-east-1", null, moto.endpoint().toString()))) {
            if (aws.cloudFormation().listStacks().stackSummaries().stream()
                    .anyMatch(s -> s.stackName().equals(STACK))) {
                return;
            }
            CognitoIdentityProviderClient cognito = aws.client(CognitoIdentityProviderClient.class);
            String pool = cognito.createUserPool(r -> r.poolName("orders-customers"))
                    .userPool()
                    .id();
            String client = cognito.createUserPoolClient(r -> r.userPoolId(pool)
                            .clientName("orders-web")
                            .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH))
                    .userPoolClient()
                    .clientId();
            cognito.createGroup(r -> r.userPoolId(pool).groupName("admins"));
            String template =
                    """
                    {"Resources": {"OrdersTable": {"Type": "AWS::DynamoDB::Table", "Properties": {
                        "BillingMode": "PAY_PER_REQUEST",
                        "KeySchema": [{"AttributeName": "orderId", "KeyType": "HASH"}],
                        "AttributeDefinitions": [{"AttributeName": "orderId", "AttributeType": "S"}]}}},
                     "Outputs": {"UserPoolId": {"Value": "%s"}, "WebClientId": {"Value": "%s"}}}
                    """
                            .formatted(pool, client);
            aws.cloudFormation().createStack(r -> r.stackName(STACK).templateBody(template));
        }
    }
}
