package dev.cloudtest.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.cloudtest.aws.AwsClients;
import dev.cloudtest.aws.AwsSettings;
import dev.cloudtest.testlib.MotoExtension;
import dev.cloudtest.testlib.MotoServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import software.amazon.awssdk.services.cloudformation.model.StackStatus;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The serverless test guide's setup as three declarations, end to end on the real moto server: two Cognito users
 * with tokens (one in an admin group), a table cleared across several scan pages and seeded; a table outside the
 * stack refused and left intact.
 */
@ExtendWith(MotoExtension.class)
class FixturesOnMotoTest {
    static final String STACK = "cloudtest-fixtures-e2e";
    static final String OUTSIDE = "production-orders";
    private static MotoServer moto;
    private static String poolId;

    @BeforeAll
    static void deploy(MotoServer server) {
        moto = server;
        try (AwsClients aws = AwsClients.open(
                AwsSettings.of("us-east-1", null, moto.endpoint().toString()))) {
            CognitoIdentityProviderClient cognito = aws.client(CognitoIdentityProviderClient.class);
            poolId = cognito.createUserPool(r -> r.poolName("orders-users")
                            .policies(p -> p.passwordPolicy(pw -> pw.minimumLength(30)
                                    .requireUppercase(true)
                                    .requireLowercase(true)
                                    .requireNumbers(true)
                                    .requireSymbols(true))))
                    .userPool()
                    .id();
            String clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId)
                            .clientName("web")
                            .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH))
                    .userPoolClient()
                    .clientId();
            String adminOnlyClient = cognito.createUserPoolClient(r -> r.userPoolId(poolId)
                            .clientName("backend")
                            .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH))
                    .userPoolClient()
                    .clientId();
            String srpOnlyClient = cognito.createUserPoolClient(r -> r.userPoolId(poolId)
                            .clientName("mobile")
                            .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH))
                    .userPoolClient()
                    .clientId();
            cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins"));
            String template =
                    """
                    {"Resources": {"Orders": {"Type": "AWS::DynamoDB::Table", "Properties": {
                        "TableName": "%s-orders", "BillingMode": "PAY_PER_REQUEST",
                        "KeySchema": [{"AttributeName": "orderId", "KeyType": "HASH"}],
                        "AttributeDefinitions": [{"AttributeName": "orderId", "AttributeType": "S"}]}}},
                     "Outputs": {"UserPoolId": {"Value": "%s"}, "UserPoolClientId": {"Value": "%s"},
                                 "BackendClientId": {"Value": "%s"}, "MobileClientId": {"Value": "%s"}}}
                    """
                            .formatted(STACK, poolId, clientId, adminOnlyClient, srpOnlyClient);
            aws.cloudFormation().createStack(r -> r.stackName(STACK).templateBody(template));
            assertThat(aws.cloudFormation()
                            .describeStacks(r -> r.stackName(STACK))
                            .stacks()
                            .get(0)
                            .stackStatus())
                    .isEqualTo(StackStatus.CREATE_COMPLETE);
            DynamoDbClient dynamo = aws.client(DynamoDbClient.class);
            dynamo.createTable(r -> r.tableName(OUTSIDE)
                    .billingMode("PAY_PER_REQUEST")
                    .keySchema(k -> k.attributeName("orderId").keyType(KeyType.HASH))
                    .attributeDefinitions(a -> a.attributeName("orderId").attributeType(ScalarAttributeType.S)));
            dynamo.putItem(r -> r.tableName(OUTSIDE).item(Map.of("orderId", AttributeValue.fromS("real-customer"))));
            // 1,100 items of about 1 KB: more than one 1 MB scan page.
            fill(dynamo, STACK + "-orders", 1_100);
        }
    }

    private static void fill(DynamoDbClient dynamo, String table, int count) {
        String padding = "x".repeat(1_000);
        List<WriteRequest> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(WriteRequest.builder()
                    .putRequest(PutRequest.builder()
                            .item(Map.of(
                                    "orderId",
                                    AttributeValue.fromS("old-" + i),
                                    "padding",
                                    AttributeValue.fromS(padding)))
                            .build())
                    .build());
            if (batch.size() == 25 || i == count - 1) {
                List<WriteRequest> page = List.copyOf(batch);
                dynamo.batchWriteItem(r -> r.requestItems(Map.of(table, page)));
                batch.clear();
            }
        }
    }

    /** The guide's whole setup, as a user writes it. */
    @CloudtestStack
    static class SeedGuideIT {
        @RegisterExtension
        static CognitoTestUser user = CognitoTestUser.of("UserPoolId", "UserPoolClientId");

        @RegisterExtension
        static CognitoTestUser admin = CognitoTestUser.of("UserPoolId", "BackendClientId")
                .named("admin")
                .inGroups("admins");

        @RegisterExtension
        static CleanTable orders = CleanTable.ofResource("Orders").seededFrom("/seed-orders.json");

        @Test
        void bothUsersHaveTokensAndTheAdminIsInItsGroup(CognitoIdentityProviderClient cognito) {
            assertNotNull(user.idToken());
            assertNotNull(user.accessToken());
            assertNotNull(user.refreshToken());
            assertNotNull(admin.idToken());
            assertNotEquals(user.username(), admin.username());
            assertEquals(
                    List.of("admins"),
                    cognito
                            .adminListGroupsForUser(r -> r.userPoolId(poolId).username(admin.username()))
                            .groups()
                            .stream()
                            .map(GroupType::groupName)
                            .toList());
            assertThat(user.toString()).doesNotContain(user.password());
        }

        @Test
        void tokensAboutToExpireAreRefreshed() {
            user.tokensExpireAt(java.time.Instant.now().plusSeconds(30));

            assertNotNull(user.idToken());

            assertThat(user.tokensExpireAt()).isAfter(java.time.Instant.now().plusSeconds(600));
            assertNotNull(user.refreshToken());
        }

        @Test
        void theTableHoldsExactlyTheSeed(DynamoDbClient dynamo, @PhysicalId("Orders") String table) {
            assertThat(dynamo.scanPaginator(r -> r.tableName(table)).items())
                    .extracting(item -> item.get("orderId").s())
                    .containsExactlyInAnyOrder("seed-1", "seed-2");
            Map<String, AttributeValue> first = dynamo.getItem(
                            r -> r.tableName(table).key(Map.of("orderId", AttributeValue.fromS("seed-1"))))
                    .item();
            assertEquals("12.5", first.get("total").n());
            assertEquals(false, first.get("express").bool());
            assertEquals("A-1", first.get("lines").l().get(0).m().get("sku").s());
        }
    }

    @CloudtestStack
    static class TypoIT {
        @RegisterExtension
        static CleanTable orders = CleanTable.named(OUTSIDE);

        @Test
        void neverRuns() {}
    }

    @CloudtestStack
    static class OptedInMissingTableIT {
        @RegisterExtension
        static CleanTable archive = CleanTable.outsideTheStack("orders-archive-nope");

        @Test
        void neverRuns() {}
    }

    @CloudtestStack
    static class NeitherFlowIT {
        @RegisterExtension
        static CognitoTestUser mobile = CognitoTestUser.of("UserPoolId", "MobileClientId");

        @Test
        void neverRuns() {}
    }

    @Test
    void theGuidesSetupInThreeDeclarations() {
        TestExecutionSummary summary = MotoStacks.run(SeedGuideIT.class, moto, STACK);

        assertThat(MotoStacks.failures(summary)).isEmpty();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(3);
        try (AwsClients aws = AwsClients.open(
                AwsSettings.of("us-east-1", null, moto.endpoint().toString()))) {
            List<UserType> left = aws.client(CognitoIdentityProviderClient.class)
                    .listUsers(r -> r.userPoolId(poolId))
                    .users();
            assertThat(left).as("test users are deleted after the class").isEmpty();
        }
    }

    @Test
    void aTableOutsideTheStackIsRefusedAndLeftIntact() {
        TestExecutionSummary summary = MotoStacks.run(TypoIT.class, moto, STACK);

        assertThat(summary.getFailures()).singleElement().satisfies(f -> assertThat(f.getException())
                .hasMessage("Refusing to clear table " + OUTSIDE + ": it is not a resource of stack " + STACK
                        + ". Check the name, or opt in with CleanTable.outsideTheStack(\"" + OUTSIDE
                        + "\") if this table is meant to be cleared."));
        try (AwsClients aws = AwsClients.open(
                AwsSettings.of("us-east-1", null, moto.endpoint().toString()))) {
            assertThat(aws.client(DynamoDbClient.class)
                            .scan(r -> r.tableName(OUTSIDE))
                            .count())
                    .isEqualTo(1);
        }
    }

    @Test
    void aTableOptedInByNameThatDoesNotExistIsNamed() {
        TestExecutionSummary summary = MotoStacks.run(OptedInMissingTableIT.class, moto, STACK);

        assertThat(summary.getFailures()).singleElement().satisfies(f -> assertThat(f.getException())
                .hasMessage("CleanTable: no table orders-archive-nope here: check the name and that the region and"
                        + " endpoint are the table's."));
    }

    @Test
    void aClientWithNeitherPasswordFlowSaysWhichToEnable() {
        TestExecutionSummary summary = MotoStacks.run(NeitherFlowIT.class, moto, STACK);

        assertThat(summary.getFailures()).singleElement().satisfies(f -> assertThat(f.getException())
                .hasMessageContaining("(mobile) allows neither USER_PASSWORD_AUTH nor ADMIN_USER_PASSWORD_AUTH")
                .hasMessageContaining("add ALLOW_USER_PASSWORD_AUTH or ALLOW_ADMIN_USER_PASSWORD_AUTH"));
    }
}
