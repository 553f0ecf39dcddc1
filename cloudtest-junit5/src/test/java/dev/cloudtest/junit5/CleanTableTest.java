package dev.cloudtest.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordPolicyType;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Clearing on a fake DynamoDB that pages its scans and leaves writes unprocessed, as a throttled table does. */
class CleanTableTest {
    /** A table of {@code items} keys, scanned {@code pageSize} at a time; the first {@code throttled} writes fail. */
    static final class FakeTable implements DynamoDbClient {
        final List<String> keys = new ArrayList<>();
        final List<ScanRequest> scans = new ArrayList<>();
        final List<Integer> batchSizes = new ArrayList<>();
        final List<String> deletedKeys = new ArrayList<>();
        int pageSize;
        int throttled;

        FakeTable(int items, int pageSize, int throttled) {
            for (int i = 0; i < items; i++) {
                keys.add("k-" + i);
            }
            this.pageSize = pageSize;
            this.throttled = throttled;
        }

        @Override
        public DescribeTableResponse describeTable(DescribeTableRequest request) {
            return DescribeTableResponse.builder()
                    .table(t -> t.tableName(request.tableName())
                            .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH)))
                    .build();
        }

        @Override
        public ScanResponse scan(ScanRequest request) {
            scans.add(request);
            int from = request.hasExclusiveStartKey()
                    ? keys.indexOf(request.exclusiveStartKey().get("pk").s()) + 1
                    : 0;
            List<String> page = keys.subList(Math.min(from, keys.size()), Math.min(from + pageSize, keys.size()));
            ScanResponse.Builder response = ScanResponse.builder()
                    .items(page.stream()
                            .map(k -> Map.of("pk", AttributeValue.fromS(k)))
                            .toList());
            if (from + pageSize < keys.size()) {
                response.lastEvaluatedKey(Map.of("pk", AttributeValue.fromS(page.get(page.size() - 1))));
            }
            return response.build();
        }

        @Override
        public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
            List<WriteRequest> writes = request.requestItems().get("orders");
            batchSizes.add(writes.size());
            writes.stream()
                    .filter(w -> w.deleteRequest() != null)
                    .forEach(w ->
                            deletedKeys.add(w.deleteRequest().key().get("pk").s()));
            if (throttled > 0) {
                throttled--;
                return BatchWriteItemResponse.builder()
                        .unprocessedItems(Map.of("orders", writes.subList(writes.size() / 2, writes.size())))
                        .build();
            }
            return BatchWriteItemResponse.builder().build();
        }

        @Override
        public String serviceName() {
            return "dynamodb";
        }

        @Override
        public void close() {}
    }

    @Test
    void everyPageIsClearedInBatchesOf25NotOnlyTheFirst() {
        FakeTable table = new FakeTable(130, 60, 0);

        int deleted = CleanTable.named("orders").clear(table, "orders");

        assertThat(deleted).isEqualTo(130);
        assertThat(table.scans).hasSize(3);
        assertThat(table.scans.get(0).projectionExpression()).isEqualTo("#k0");
        assertThat(table.scans.get(0).expressionAttributeNames()).containsEntry("#k0", "pk");
        assertThat(table.batchSizes).allMatch(size -> size <= 25);
    }

    @Test
    void unprocessedItemsAreRetriedAndAThrottledTableEventuallySaysSo() {
        FakeTable slow = new FakeTable(25, 100, 2);
        CleanTable.named("orders").maxBackoff(Duration.ofMillis(5)).clear(slow, "orders");
        assertThat(slow.batchSizes).containsExactly(25, 13, 7);

        FakeTable stuck = new FakeTable(25, 100, Integer.MAX_VALUE);
        assertThatThrownBy(() -> CleanTable.named("orders")
                        .maxBackoff(Duration.ofMillis(5))
                        .clear(stuck, "orders"))
                .hasMessageContaining("unprocessed after 10 attempts");
    }

    @Test
    void onlyTheItemsThisRunCreatedAreDeleted() {
        FakeTable table = new FakeTable(3, 2, 0);
        CleanTable clean = CleanTable.named("orders").onlyItemsThisRunCreated();

        assertThat(clean.clear(table, "orders"))
                .as("before the first test: remembered, nothing deleted")
                .isZero();
        table.keys.add("made-by-a-test");

        assertThat(clean.clear(table, "orders")).isEqualTo(1);
        assertThat(table.deletedKeys).containsExactly("made-by-a-test");
    }

    @Test
    void aKeyPrefixLimitsWhatIsDeleted() {
        FakeTable table = new FakeTable(3, 10, 0);

        CleanTable.named("orders").onlyKeysStartingWith("test-").clear(table, "orders");

        assertThat(table.scans.get(0).filterExpression()).isEqualTo("begins_with(#pk, :prefix)");
        assertThat(table.scans.get(0).expressionAttributeValues().get(":prefix").s())
                .isEqualTo("test-");
    }

    @Test
    void passwordsMeetThePoolsOwnPolicy() {
        PasswordPolicyType strict = PasswordPolicyType.builder()
                .minimumLength(40)
                .requireUppercase(true)
                .requireLowercase(true)
                .requireNumbers(true)
                .requireSymbols(true)
                .build();
        for (int i = 0; i < 200; i++) {
            String password = CognitoTestUser.password(strict);
            assertThat(password)
                    .hasSizeGreaterThanOrEqualTo(40)
                    .containsPattern("[A-Z]")
                    .containsPattern("[a-z]")
                    .containsPattern("[0-9]")
                    .containsPattern("[^A-Za-z0-9]");
        }
        assertThat(CognitoTestUser.password(null)).hasSizeGreaterThanOrEqualTo(8);
        assertThat(CognitoTestUser.password(strict)).isNotEqualTo(CognitoTestUser.password(strict));
    }
}
