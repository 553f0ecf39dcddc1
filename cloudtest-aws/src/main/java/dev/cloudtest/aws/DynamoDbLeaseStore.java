package dev.cloudtest.aws;

import dev.cloudtest.core.EnvironmentException;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.pool.LeaseStore;
import dev.cloudtest.pool.LeaseTerms;
import dev.cloudtest.pool.Slot;
import dev.cloudtest.pool.SlotState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * The pool's leases in one DynamoDB table (partition key {@code pool}, sort key {@code slot}), each change one
 * conditional write with the expressions of docs/stack-pool.md §5. {@code expiresAt} is compared in the
 * condition, never left to TTL (which deletes days late).
 */
public final class DynamoDbLeaseStore implements LeaseStore {
    /** The table's partition key (a string): the pool's name. docs/pool-table.yaml must match. */
    public static final String PARTITION_KEY = "pool";

    /** The table's sort key (a string): the slot, {@code stack#NN}. docs/pool-table.yaml must match. */
    public static final String SORT_KEY = "slot";

    private static final Map<String, String> NAMES =
            Map.of("#s", "state", "#f", "fence", "#l", "leaseId", "#e", "expiresAt", "#c", "commit", "#pk", "pool");

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbLeaseStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** The store in {@code table}, through a client built with these settings. */
    public static DynamoDbLeaseStore in(AwsClients aws, String table) {
        return new DynamoDbLeaseStore(aws.client(DynamoDbClient.class), table);
    }

    /**
     * The same, with AWS's clock compared with the local one on every answer (one warning when they differ).
     *
     * @since 0.1.0
     */
    public static DynamoDbLeaseStore in(AwsClients aws, String table, ClockSkewWarning clockSkew) {
        return new DynamoDbLeaseStore(aws.client(DynamoDbClient.class, List.of(clockSkew)), table);
    }

    /** Creates the table (on-demand billing); says so when it exists already. */
    public boolean createTable() {
        try {
            dynamo.createTable(r -> r.tableName(table)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(
                            AttributeDefinition.builder()
                                    .attributeName(PARTITION_KEY)
                                    .attributeType(ScalarAttributeType.S)
                                    .build(),
                            AttributeDefinition.builder()
                                    .attributeName(SORT_KEY)
                                    .attributeType(ScalarAttributeType.S)
                                    .build())
                    .keySchema(
                            KeySchemaElement.builder()
                                    .attributeName(PARTITION_KEY)
                                    .keyType(KeyType.HASH)
                                    .build(),
                            KeySchemaElement.builder()
                                    .attributeName(SORT_KEY)
                                    .keyType(KeyType.RANGE)
                                    .build()));
            dynamo.waiter().waitUntilTableExists(r -> r.tableName(table));
            return true;
        } catch (ResourceInUseException exists) {
            return false;
        }
    }

    @Override
    public List<Slot> slots(String pool) {
        List<Slot> slots = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        try {
            do {
                Map<String, AttributeValue> from = start;
                QueryResponse page = dynamo.query(QueryRequest.builder()
                        .tableName(table)
                        .consistentRead(true)
                        .keyConditionExpression("#pk = :pool")
                        .expressionAttributeNames(Map.of("#pk", "pool"))
                        .expressionAttributeValues(Map.of(":pool", s(pool)))
                        .exclusiveStartKey(from)
                        .build());
                page.items().stream().map(DynamoDbLeaseStore::slot).forEach(slots::add);
                start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
                        ? page.lastEvaluatedKey()
                        : null;
            } while (start != null);
        } catch (ResourceNotFoundException e) {
            throw new UserFixableException("The pool table '" + table + "' does not exist in this region. Create it"
                    + " with cloudtest:create-pool-table (or the CloudFormation template in the README).");
        }
        return slots;
    }

    @Override
    public Optional<Slot> acquire(Slot seen, LeaseTerms t) {
        return update(
                seen.pool(),
                seen.slot(),
                "#s = :free AND #f = :seen",
                "SET #s = :leased, #l = :lid, #f = #f + :one, holder = :h, branch = :b, #c = :commit,"
                        + " acquiredAt = :now, renewedAt = :now, #e = :exp REMOVE takenOverFrom",
                values(t, Map.of(":free", s("FREE"), ":seen", n(seen.fence()))));
    }

    @Override
    public Optional<Slot> takeOver(Slot seen, LeaseTerms t, Instant staleBefore) {
        Map<String, AttributeValue> extra = new HashMap<>(Map.of(
                ":held",
                s("LEASED"),
                ":prov",
                s("PROVISIONING"),
                ":seen",
                n(seen.fence()),
                ":stale",
                n(staleBefore.getEpochSecond())));
        extra.put(":old", s(seen.holder() == null ? "unknown" : seen.holder()));
        return update(
                seen.pool(),
                seen.slot(),
                "#s IN (:held, :prov) AND #f = :seen AND #e < :stale",
                "SET #s = :leased, #l = :lid, #f = #f + :one, holder = :h, branch = :b, #c = :commit,"
                        + " acquiredAt = :now, renewedAt = :now, #e = :exp, takenOverFrom = :old"
                        + " REMOVE deployedCommit, deployKey",
                values(t, extra));
    }

    @Override
    public Optional<Slot> create(String pool, String slot, String stackName, LeaseTerms t) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pool", s(pool));
        item.put("slot", s(slot));
        item.put("stackName", s(stackName));
        item.put("state", s("PROVISIONING"));
        item.put("fence", n(1));
        item.put("leaseId", s(t.leaseId()));
        putIfPresent(item, "holder", t.holder());
        putIfPresent(item, "branch", t.branch());
        putIfPresent(item, "commit", t.commit());
        item.put("acquiredAt", n(t.now().getEpochSecond()));
        item.put("renewedAt", n(t.now().getEpochSecond()));
        item.put("expiresAt", n(t.expiresAt().getEpochSecond()));
        try {
            dynamo.putItem(r -> r.tableName(table)
                    .item(item)
                    .conditionExpression("attribute_not_exists(#pk)")
                    .expressionAttributeNames(Map.of("#pk", "pool")));
            return Optional.of(slot(item));
        } catch (ConditionalCheckFailedException raced) {
            return Optional.empty();
        }
    }

    @Override
    public boolean renew(String pool, String slot, String leaseId, Instant now, Instant expiresAt) {
        return update(
                        pool,
                        slot,
                        "#l = :lid AND #s IN (:held, :prov)",
                        "SET renewedAt = :now, #e = :exp",
                        Map.of(
                                ":lid",
                                s(leaseId),
                                ":held",
                                s("LEASED"),
                                ":prov",
                                s("PROVISIONING"),
                                ":now",
                                n(now.getEpochSecond()),
                                ":exp",
                                n(expiresAt.getEpochSecond())))
                .isPresent();
    }

    @Override
    public boolean release(String pool, String slot, String leaseId, SlotState to, String outcome, Instant now) {
        return update(
                        pool,
                        slot,
                        "#l = :lid",
                        "SET #s = :to, lastReleasedAt = :now, lastOutcome = :o REMOVE #l, #e, holder, renewedAt",
                        Map.of(
                                ":lid",
                                s(leaseId),
                                ":to",
                                s(to.name()),
                                ":now",
                                n(now.getEpochSecond()),
                                ":o",
                                s(outcome)))
                .isPresent();
    }

    @Override
    public boolean forceRelease(String pool, String slot, long fence, Instant now) {
        return update(
                        pool,
                        slot,
                        "#f = :fence",
                        "SET #s = :free, lastReleasedAt = :now, lastOutcome = :o"
                                + " REMOVE #l, #e, holder, renewedAt, deployedCommit, deployKey",
                        Map.of(
                                ":fence",
                                n(fence),
                                ":free",
                                s("FREE"),
                                ":now",
                                n(now.getEpochSecond()),
                                ":o",
                                s("ABORTED")))
                .isPresent();
    }

    @Override
    public boolean recordDeployed(
            String pool, String slot, String leaseId, String commit, String deployKey, Instant now) {
        if (commit == null) {
            return update(pool, slot, "#l = :lid", "REMOVE deployedCommit, deployKey", Map.of(":lid", s(leaseId)))
                    .isPresent();
        }
        return update(
                        pool,
                        slot,
                        "#l = :lid",
                        "SET deployedCommit = :c, deployKey = :k, deployedAt = :now, deployedFence = #f, #s = :leased",
                        Map.of(
                                ":lid",
                                s(leaseId),
                                ":c",
                                s(commit),
                                ":k",
                                s(deployKey == null ? "" : deployKey),
                                ":now",
                                n(now.getEpochSecond()),
                                ":leased",
                                s("LEASED")))
                .isPresent();
    }

    @Override
    public boolean beginDeploy(String pool, String slot, String leaseId, String commit, Instant now) {
        return update(
                        pool,
                        slot,
                        "#l = :lid",
                        "SET deployingCommit = :c, deployStartedAt = :now REMOVE deployedCommit, deployKey",
                        Map.of(
                                ":lid",
                                s(leaseId),
                                ":c",
                                s(commit == null ? "unknown" : commit),
                                ":now",
                                n(now.getEpochSecond())))
                .isPresent();
    }

    @Override
    public Optional<Slot> retire(Slot seen, LeaseTerms t, Instant staleBefore) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":seenState", s(seen.state().name()));
        values.put(":free", s("FREE"));
        values.put(":broken", s("BROKEN"));
        values.put(":seen", n(seen.fence()));
        values.put(":retiring", s("RETIRING"));
        values.put(":lid", s(t.leaseId()));
        values.put(":one", n(1));
        values.put(":h", s(t.holder() == null ? "unknown" : t.holder()));
        values.put(":now", n(t.now().getEpochSecond()));
        values.put(":exp", n(t.expiresAt().getEpochSecond()));
        values.put(":stale", n(staleBefore.getEpochSecond()));
        return update(
                seen.pool(),
                seen.slot(),
                "#s = :seenState AND #f = :seen AND (#s IN (:free, :broken) OR (#s = :retiring AND #e < :stale))",
                "SET #s = :retiring, #l = :lid, #f = #f + :one, holder = :h, acquiredAt = :now, renewedAt = :now,"
                        + " #e = :exp REMOVE deployedCommit, deployKey, takenOverFrom",
                values);
    }

    @Override
    public boolean delete(String pool, String slot, String leaseId) {
        try {
            dynamo.deleteItem(r -> r.tableName(table)
                    .key(Map.of("pool", s(pool), "slot", s(slot)))
                    .conditionExpression("#s = :retiring AND #l = :lid")
                    .expressionAttributeNames(Map.of("#s", "state", "#l", "leaseId"))
                    .expressionAttributeValues(Map.of(":retiring", s("RETIRING"), ":lid", s(leaseId))));
            return true;
        } catch (ConditionalCheckFailedException changed) {
            return false;
        } catch (ResourceNotFoundException e) {
            throw new EnvironmentException("The pool table '" + table + "' disappeared: " + e.getMessage(), e);
        }
    }

    private Optional<Slot> update(
            String pool, String slot, String condition, String update, Map<String, AttributeValue> values) {
        Map<String, String> names = new HashMap<>();
        NAMES.forEach((placeholder, name) -> {
            if (condition.contains(placeholder) || update.contains(placeholder)) {
                names.put(placeholder, name);
            }
        });
        try {
            UpdateItemResponse response = dynamo.updateItem(r -> r.tableName(table)
                    .key(Map.of("pool", s(pool), "slot", s(slot)))
                    .conditionExpression("attribute_exists(#pk) AND (" + condition + ")")
                    .updateExpression(update)
                    .expressionAttributeNames(withPk(names))
                    .expressionAttributeValues(values)
                    .returnValues(ReturnValue.ALL_NEW));
            return Optional.of(slot(response.attributes()));
        } catch (ConditionalCheckFailedException lostTheRace) {
            return Optional.empty();
        } catch (ResourceNotFoundException e) {
            throw new EnvironmentException("The pool table '" + table + "' disappeared: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> withPk(Map<String, String> names) {
        Map<String, String> all = new HashMap<>(names);
        all.put("#pk", "pool");
        return all;
    }

    private static Map<String, AttributeValue> values(LeaseTerms t, Map<String, AttributeValue> extra) {
        Map<String, AttributeValue> values = new HashMap<>(extra);
        values.put(":leased", s("LEASED"));
        values.put(":lid", s(t.leaseId()));
        values.put(":one", n(1));
        values.put(":h", s(t.holder() == null ? "unknown" : t.holder()));
        values.put(":b", s(t.branch() == null ? "" : t.branch()));
        values.put(":commit", s(t.commit() == null ? "" : t.commit()));
        values.put(":now", n(t.now().getEpochSecond()));
        values.put(":exp", n(t.expiresAt().getEpochSecond()));
        return values;
    }

    private static void putIfPresent(Map<String, AttributeValue> item, String name, String value) {
        if (value != null && !value.isEmpty()) {
            item.put(name, s(value));
        }
    }

    private static Slot slot(Map<String, AttributeValue> item) {
        return new Slot(
                text(item, "pool"),
                text(item, "slot"),
                text(item, "stackName"),
                SlotState.valueOf(text(item, "state")),
                number(item, "fence"),
                text(item, "leaseId"),
                text(item, "holder"),
                text(item, "branch"),
                text(item, "commit"),
                instant(item, "acquiredAt"),
                instant(item, "expiresAt"),
                text(item, "deployedCommit"),
                text(item, "deployKey"),
                instant(item, "lastReleasedAt"),
                text(item, "lastOutcome"),
                text(item, "takenOverFrom"));
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || v.s() == null || v.s().isEmpty() ? null : v.s();
    }

    private static long number(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || v.n() == null ? 0 : Long.parseLong(v.n());
    }

    private static Instant instant(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || v.n() == null ? null : Instant.ofEpochSecond(Long.parseLong(v.n()));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.builder().s(value).build();
    }

    private static AttributeValue n(long value) {
        return AttributeValue.builder().n(Long.toString(value)).build();
    }
}
