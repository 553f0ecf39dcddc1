package dev.cloudtest.junit5.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Watches a table's DynamoDB stream for a test. The shard iterators are opened ({@code LATEST}) when {@link #on}
 * returns, before the test acts, so a write made right after is seen; shards that close are followed into their
 * children. Records are kept in a journal like the other listeners'. Nothing is created, so nothing is deleted.
 *
 * <pre>{@code
 * try (DynamoDbStreamTap orders = DynamoDbStreamTap.on(dynamo, streams, ordersTable)) {
 *     api.createOrder("o-1");
 *     orders.expectOne("order o-1 stored", Duration.ofSeconds(5),
 *             r -> r.eventName().equals("INSERT") && "o-1".equals(r.key("orderId")));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DynamoDbStreamTap extends JournalWaits<ReceivedRecord> implements AutoCloseable {
    private final DynamoDbStreamsClient streams;
    private final String table;
    private final String streamArn;
    /** Open iterators by shard id. */
    private final Map<String, String> iterators = new LinkedHashMap<>();
    /** Shards already followed (open or finished), so a child is opened once. */
    private final Set<String> known = new java.util.HashSet<>();

    private DynamoDbStreamTap(DynamoDbStreamsClient streams, String table, String streamArn) {
        this.streams = streams;
        this.table = table;
        this.streamArn = streamArn;
    }

    /** Taps the stream of {@code table}; fails, saying how to enable one, when the table has no stream. */
    public static DynamoDbStreamTap on(DynamoDbClient dynamo, DynamoDbStreamsClient streams, String table) {
        TableDescription description;
        try {
            description = dynamo.describeTable(r -> r.tableName(table)).table();
        } catch (ResourceNotFoundException e) {
            throw new IllegalArgumentException("No table " + table + " to tap here: check the name (@PhysicalId of"
                    + " the AWS::DynamoDB::Table in the stack under test?) and that the client's region and endpoint"
                    + " are the table's.");
        }
        String arn = description.latestStreamArn();
        boolean enabled = description.streamSpecification() != null
                && Boolean.TRUE.equals(description.streamSpecification().streamEnabled());
        if (arn == null || !enabled) {
            throw new IllegalArgumentException("Table " + table + " has no stream to tap: enable one in its"
                    + " template (StreamSpecification: StreamViewType: NEW_AND_OLD_IMAGES).");
        }
        return onStream(streams, table, arn);
    }

    /** Opens LATEST iterators on the stream's open shards (closed ones hold only the past). */
    static DynamoDbStreamTap onStream(DynamoDbStreamsClient streams, String table, String arn) {
        DynamoDbStreamTap tap = new DynamoDbStreamTap(streams, table, arn);
        for (Shard shard : tap.shards()) {
            tap.known.add(shard.shardId());
            if (shard.sequenceNumberRange() == null
                    || shard.sequenceNumberRange().endingSequenceNumber() == null) {
                tap.open(shard.shardId(), ShardIteratorType.LATEST);
            }
        }
        tap.journal.newWindow();
        return tap;
    }

    private List<Shard> shards() {
        List<Shard> all = new ArrayList<>();
        String start = null;
        do {
            String from = start;
            var stream = streams.describeStream(r -> r.streamArn(streamArn).exclusiveStartShardId(from))
                    .streamDescription();
            all.addAll(stream.shards());
            start = stream.lastEvaluatedShardId();
        } while (start != null);
        return all;
    }

    private void open(String shardId, ShardIteratorType type) {
        iterators.put(
                shardId,
                streams.getShardIterator(
                                r -> r.streamArn(streamArn).shardId(shardId).shardIteratorType(type))
                        .shardIterator());
    }

    /** One pass over the open shards (streams have no long poll: the SLA's backoff paces the passes). */
    @Override
    synchronized List<ReceivedRecord> poll(Duration timeLeft) {
        List<ReceivedRecord> received = new ArrayList<>();
        boolean closed = false;
        for (Map.Entry<String, String> shard : List.copyOf(iterators.entrySet())) {
            GetRecordsResponse page = streams.getRecords(r -> r.shardIterator(shard.getValue()));
            Instant now = Instant.now();
            for (Record record : page.records()) {
                received.add(convert(record, now));
            }
            if (page.nextShardIterator() == null) {
                iterators.remove(shard.getKey());
                closed = true;
            } else {
                iterators.put(shard.getKey(), page.nextShardIterator());
            }
        }
        if (closed) {
            // A closed shard's children hold what comes next: read them from their start.
            Set<String> parents = known;
            for (Shard child : shards()) {
                if (!known.contains(child.shardId()) && parents.contains(child.parentShardId())) {
                    known.add(child.shardId());
                    open(child.shardId(), ShardIteratorType.TRIM_HORIZON);
                }
            }
        }
        return received;
    }

    private static ReceivedRecord convert(Record record, Instant now) {
        StreamRecord data = record.dynamodb();
        return new ReceivedRecord(
                record.eventID(),
                record.eventNameAsString(),
                data == null ? Map.of() : data.keys(),
                data == null ? Map.of() : data.newImage(),
                data == null ? Map.of() : data.oldImage(),
                now);
    }

    /** Shards being read now. */
    synchronized int openShards() {
        return iterators.size();
    }

    /** The table tapped. */
    public String table() {
        return table;
    }

    /** Nothing to delete: the stream is the table's. */
    @Override
    public void close() {
        iterators.clear();
    }
}
