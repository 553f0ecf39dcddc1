package dev.cloudtest.examples.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudtest.junit5.CleanTable;
import dev.cloudtest.junit5.CloudtestStack;
import dev.cloudtest.junit5.CognitoTestUser;
import dev.cloudtest.junit5.PhysicalId;
import dev.cloudtest.junit5.StackOutput;
import dev.cloudtest.testlib.MotoExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The order history with the test guide's setup in three declarations: a customer and an administrator signed
 * in to the stack's user pool, and the stack's orders table emptied before each test.
 */
@ExtendWith({MotoExtension.class, OrdersStackOnMoto.class})
@CloudtestStack
class OrderHistoryIT {
    @RegisterExtension
    static CognitoTestUser customer =
            CognitoTestUser.of("UserPoolId", "WebClientId").named("customer");

    @RegisterExtension
    static CognitoTestUser admin =
            CognitoTestUser.of("UserPoolId", "WebClientId").named("admin").inGroups("admins");

    @RegisterExtension
    static CleanTable orders = CleanTable.ofResource("OrdersTable");

    private static OrderHistory history(
            DynamoDbClient dynamo, CognitoIdentityProviderClient cognito, String table, String pool) {
        return new OrderHistory(dynamo, cognito, table, pool);
    }

    @Test
    void customersSeeTheirOwnOrdersAndAdminsSeeEveryOrder(
            DynamoDbClient dynamo,
            CognitoIdentityProviderClient cognito,
            @PhysicalId("OrdersTable") String table,
            @StackOutput("UserPoolId") String pool) {
        OrderHistory history = history(dynamo, cognito, table, pool);
        history.record("o-2001", customer.username(), 2500);
        history.record("o-2002", "another-customer", 900);

        assertThat(history.ordersOf(customer.accessToken())).containsExactly("o-2001");
        assertThat(history.ordersOf(admin.accessToken())).containsExactly("o-2001", "o-2002");
    }

    @Test
    void eachTestStartsWithAnEmptyTable(
            DynamoDbClient dynamo,
            CognitoIdentityProviderClient cognito,
            @PhysicalId("OrdersTable") String table,
            @StackOutput("UserPoolId") String pool) {
        assertThat(history(dynamo, cognito, table, pool).ordersOf(admin.accessToken()))
                .isEmpty();
    }
}
