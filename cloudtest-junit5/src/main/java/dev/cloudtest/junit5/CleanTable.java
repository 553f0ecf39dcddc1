package dev.cloudtest.junit5;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudtest.core.UserFixableException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Clears a DynamoDB table of the stack under test before each test, and seeds it. Register it as a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static CleanTable orders = CleanTable.ofResource("OrdersTable").seededFrom("/orders-seed.json");
 * }</pre>
 *
 * <p>Clearing reads keys only (a paginated {@code Scan} projecting the key attributes) and deletes in
 * {@code BatchWriteItem}s of 25, retrying {@code UnprocessedItems} with capped backoff — every page, not only the
 * first. <b>Safety:</b> a table is cleared only when its name is the physical ID of a resource of the stack under
 * test (nested stacks included), so a typo cannot wipe another table; a table outside the stack needs
 * {@link #outsideTheStack(String)}, by its exact name.
 *
 * @since 0.1.0
 */
public final class CleanTable implements BeforeEachCallback {
    static final int BATCH = 25;
    private static final int MAX_ATTEMPTS = 10;
    private static final ObjectMapper JSON = UntrustedJson.mapper();

    private final String logicalId;
    private final String tableName;
    private final boolean optedIn;
    static final int MAX_KEPT_KEYS = 100_000;
    private String keyPrefix;
    private boolean onlyThisRuns;
    private java.util.Set<Map<String, AttributeValue>> keysBefore;
    private String seed;
    private Duration maxBackoff = Duration.ofSeconds(2);

    private CleanTable(String logicalId, String tableName, boolean optedIn) {
        this.logicalId = logicalId;
        this.tableName = tableName;
        this.optedIn = optedIn;
    }

    /** The table that is the stack's resource with this logical ID (or nested path). */
    public static CleanTable ofResource(String logicalId) {
        return new CleanTable(logicalId, null, false);
    }

    /** The table with this name, cleared only if it is a resource of the stack under test. */
    public static CleanTable named(String tableName) {
        return new CleanTable(null, tableName, false);
    }

    /** The table with this exact name, even though it is not a resource of the stack under test: an opt-in. */
    public static CleanTable outsideTheStack(String tableName) {
        return new CleanTable(null, tableName, true);
    }

    /** Deletes only the items whose partition key (a string) starts with {@code prefix}. */
    public CleanTable onlyKeysStartingWith(String prefix) {
        this.keyPrefix = prefix;
        return this;
    }

    /**
     * Deletes only the items this run created: the keys present before the first test of the class are recorded
     * (up to {@value #MAX_KEPT_KEYS}) and kept — for a table shared with data the tests must not lose.
     */
    public CleanTable onlyItemsThisRunCreated() {
        this.onlyThisRuns = true;
        return this;
    }

    /**
     * After clearing, puts the items of a JSON array (plain JSON: strings, numbers, booleans, null, arrays and
     * objects become S, N, BOOL, NULL, L and M) read from this classpath resource.
     */
    public CleanTable seededFrom(String classpathResource) {
        this.seed = classpathResource;
        return this;
    }

    CleanTable maxBackoff(Duration maxBackoff) {
        this.maxBackoff = maxBackoff;
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        CloudtestSession session = CloudtestExtension.session(context);
        String table = logicalId == null
                ? tableName
                : session.stackValue(
                        StackValueKind.RESOURCE, logicalId, "CleanTable.ofResource(\"" + logicalId + "\")");
        if (!optedIn && !session.stackOwns(table, "CleanTable")) {
            throw new UserFixableException("Refusing to clear table " + table + ": it is not a resource of stack "
                    + session.stackNameForChecks() + ". Check the name, or opt in with CleanTable.outsideTheStack(\""
                    + table + "\") if this table is meant to be cleared.");
        }
        DynamoDbClient dynamo = session.client(DynamoDbClient.class);
        clear(dynamo, table);
        if (seed != null) {
            seed(dynamo, table, items(seed));
        }
    }

    /** Deletes every item (or every item with the key prefix); returns how many. */
    int clear(DynamoDbClient dynamo, String table) {
        if (onlyThisRuns && keysBefore == null) {
            java.util.Set<Map<String, AttributeValue>> existing = new java.util.HashSet<>();
            scanKeys(dynamo, table, page -> {
                existing.addAll(page);
                if (existing.size() > MAX_KEPT_KEYS) {
                    throw new UserFixableException("Table " + table + " holds more than " + MAX_KEPT_KEYS + " items"
                            + " before the tests: too many to remember for onlyItemsThisRunCreated(); use"
                            + " onlyKeysStartingWith(prefix) with a prefix your tests use instead.");
                }
            });
            keysBefore = existing; // only once complete: a partial set would let the next clear delete kept items
            return 0;
        }
        int[] deleted = {0};
        scanKeys(dynamo, table, page -> {
            List<WriteRequest> deletes = page.stream()
                    .filter(key -> keysBefore == null || !keysBefore.contains(key))
                    .map(key -> WriteRequest.builder()
                            .deleteRequest(DeleteRequest.builder().key(key).build())
                            .build())
                    .toList();
            write(dynamo, table, deletes);
            deleted[0] += deletes.size();
        });
        return deleted[0];
    }

    /** Every key of the table (or with the prefix), a scan page at a time. */
    private void scanKeys(
            DynamoDbClient dynamo, String table, java.util.function.Consumer<List<Map<String, AttributeValue>>> pages) {
        List<KeySchemaElement> keySchema;
        try {
            keySchema = dynamo.describeTable(r -> r.tableName(table)).table().keySchema();
        } catch (software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException e) {
            throw new UserFixableException("CleanTable: no table " + table + " here: check the name and that the"
                    + " region and endpoint are the table's.");
        }
        Map<String, String> names = new HashMap<>();
        List<String> projected = new ArrayList<>();
        for (int i = 0; i < keySchema.size(); i++) {
            names.put("#k" + i, keySchema.get(i).attributeName());
            projected.add("#k" + i);
        }
        String partitionKey = keySchema.stream()
                .filter(k -> k.keyType() == KeyType.HASH)
                .findFirst()
                .orElseThrow()
                .attributeName();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            ScanResponse page = dynamo.scan(r -> {
                r.tableName(table)
                        .projectionExpression(String.join(", ", projected))
                        .expressionAttributeNames(names)
                        .exclusiveStartKey(from);
                if (keyPrefix != null) {
                    Map<String, String> withPk = new HashMap<>(names);
                    withPk.put("#pk", partitionKey);
                    r.expressionAttributeNames(withPk)
                            .filterExpression("begins_with(#pk, :prefix)")
                            .expressionAttributeValues(Map.of(":prefix", AttributeValue.fromS(keyPrefix)));
                }
            });
            pages.accept(page.items());
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
    }

    void seed(DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> items) {
        write(
                dynamo,
                table,
                items.stream()
                        .map(item -> WriteRequest.builder()
                                .putRequest(PutRequest.builder().item(item).build())
                                .build())
                        .toList());
    }

    /** BatchWriteItem in 25s, retrying unprocessed items with capped exponential backoff. */
    private void write(DynamoDbClient dynamo, String table, List<WriteRequest> requests) {
        for (int i = 0; i < requests.size(); i += BATCH) {
            List<WriteRequest> pending = requests.subList(i, Math.min(requests.size(), i + BATCH));
            long backoff = 50;
            for (int attempt = 1; !pending.isEmpty(); attempt++) {
                if (attempt > MAX_ATTEMPTS) {
                    throw new IllegalStateException("DynamoDB left " + pending.size() + " writes to " + table
                            + " unprocessed after " + MAX_ATTEMPTS + " attempts (throttled?): raise the table's"
                            + " capacity or retry.");
                }
                if (attempt > 1) {
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, maxBackoff.toMillis());
                }
                List<WriteRequest> batch = pending;
                BatchWriteItemResponse response = dynamo.batchWriteItem(r -> r.requestItems(Map.of(table, batch)));
                pending = response.unprocessedItems().getOrDefault(table, List.of());
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while clearing a table", e);
        }
    }

    static List<Map<String, AttributeValue>> items(String classpathResource) {
        JsonNode array;
        try (InputStream in = CleanTable.class.getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new UserFixableException("Seed file " + classpathResource + " is not on the test classpath"
                        + " (put it under src/test/resources and name it from the root, e.g. /orders-seed.json).");
            }
            array = JSON.readTree(in.readNBytes(16 << 20));
        } catch (IOException e) {
            throw new UserFixableException("Seed file " + classpathResource + " is not JSON: " + e.getMessage());
        }
        if (array == null || !array.isArray()) {
            throw new UserFixableException("Seed file " + classpathResource + " must hold a JSON array of items.");
        }
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isObject()) {
                throw new UserFixableException(
                        "Seed file " + classpathResource + ": every item must be a JSON object.");
            }
            items.add(attributeValue(item).m());
        }
        return items;
    }

    static AttributeValue attributeValue(JsonNode node) {
        if (node.isTextual()) {
            return AttributeValue.fromS(node.asText());
        }
        if (node.isNumber()) {
            return AttributeValue.fromN(node.numberValue().toString());
        }
        if (node.isBoolean()) {
            return AttributeValue.fromBool(node.booleanValue());
        }
        if (node.isArray()) {
            List<AttributeValue> list = new ArrayList<>();
            node.forEach(e -> list.add(attributeValue(e)));
            return AttributeValue.fromL(list);
        }
        if (node.isObject()) {
            Map<String, AttributeValue> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> map.put(e.getKey(), attributeValue(e.getValue())));
            return AttributeValue.fromM(map);
        }
        return AttributeValue.fromNul(true);
    }
}
