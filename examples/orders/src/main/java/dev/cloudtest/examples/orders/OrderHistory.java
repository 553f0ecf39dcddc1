package dev.cloudtest.examples.orders;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The order history: confirmed orders in a DynamoDB table; a signed-in customer (a Cognito access token) sees
 * their own orders, a member of the {@code admins} group sees every order.
 */
public final class OrderHistory {
    private final DynamoDbClient dynamo;
    private final CognitoIdentityProviderClient cognito;
    private final String table;
    private final String userPoolId;

    public OrderHistory(DynamoDbClient dynamo, CognitoIdentityProviderClient cognito, String table, String userPoolId) {
        this.dynamo = dynamo;
        this.cognito = cognito;
        this.table = table;
        this.userPoolId = userPoolId;
    }

    public void record(String orderId, String customer, int amountCents) {
        dynamo.putItem(r -> r.tableName(table)
                .item(Map.of(
                        "orderId", AttributeValue.fromS(orderId),
                        "customer", AttributeValue.fromS(customer),
                        "amountCents", AttributeValue.fromN(Integer.toString(amountCents)))));
    }

    /** The order ids the holder of {@code accessToken} may see (Cognito checks the token). */
    public List<String> ordersOf(String accessToken) {
        String user = cognito.getUser(r -> r.accessToken(accessToken)).username();
        boolean admin = cognito
                .adminListGroupsForUser(r -> r.userPoolId(userPoolId).username(user))
                .groups()
                .stream()
                .map(GroupType::groupName)
                .anyMatch("admins"::equals);
        return dynamo.scanPaginator(r -> r.tableName(table)).items().stream()
                .filter(item -> admin || user.equals(item.get("customer").s()))
                .map(item -> item.get("orderId").s())
                .sorted()
                .toList();
    }
}
