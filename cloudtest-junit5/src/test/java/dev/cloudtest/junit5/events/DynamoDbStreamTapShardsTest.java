package dev.cloudtest.junit5.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamResponse;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsRequest;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorRequest;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.SequenceNumberRange;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Shard handling moto cannot show (its streams have one shard that never closes): a shard already closed at
 * creation is not read; when the open shard closes, its child is read from its start.
 */
class DynamoDbStreamTapShardsTest {
    private static final String STREAM = "arn:aws:dynamodb:us-east-1:123456789012:table/orders/stream/1";

    /** shard-0 closed before the tap; shard-1 open, closes after one record; shard-2 its child. */
    private static final class SplittingStream implements DynamoDbStreamsClient {
        final List<String> iteratorsAsked = new ArrayList<>();
        boolean split;

        @Override
        public DescribeStreamResponse describeStream(DescribeStreamRequest request) {
            List<Shard> shards = new ArrayList<>(List.of(
                    closed("shard-0", null), split ? closed("shard-1", "shard-0") : open("shard-1", "shard-0")));
            if (split) {
                shards.add(open("shard-2", "shard-1"));
            }
            return DescribeStreamResponse.builder()
                    .streamDescription(d -> d.streamArn(STREAM).shards(shards))
                    .build();
        }

        @Override
        public GetShardIteratorResponse getShardIterator(GetShardIteratorRequest request) {
            iteratorsAsked.add(request.shardId() + "@" + request.shardIteratorTypeAsString());
            return GetShardIteratorResponse.builder()
                    .shardIterator(request.shardId() + "-it-0")
                    .build();
        }

        @Override
        public GetRecordsResponse getRecords(GetRecordsRequest request) {
            return switch (request.shardIterator()) {
                case "shard-1-it-0" -> {
                    split = true;
                    yield GetRecordsResponse.builder()
                            .records(insert("in-1", "o-1"))
                            .build();
                }
                case "shard-2-it-0" -> GetRecordsResponse.builder()
                        .records(insert("in-2", "o-2"))
                        .nextShardIterator("shard-2-it-1")
                        .build();
                case "shard-2-it-1" -> GetRecordsResponse.builder()
                        .nextShardIterator("shard-2-it-1")
                        .build();
                default -> throw new AssertionError("read a shard it should not: " + request.shardIterator());
            };
        }

        private static Shard open(String id, String parent) {
            return Shard.builder()
                    .shardId(id)
                    .parentShardId(parent)
                    .sequenceNumberRange(SequenceNumberRange.builder()
                            .startingSequenceNumber("1")
                            .build())
                    .build();
        }

        private static Shard closed(String id, String parent) {
            return Shard.builder()
                    .shardId(id)
                    .parentShardId(parent)
                    .sequenceNumberRange(SequenceNumberRange.builder()
                            .startingSequenceNumber("1")
                            .endingSequenceNumber("9")
                            .build())
                    .build();
        }

        private static Record insert(String eventId, String key) {
            return Record.builder()
                    .eventID(eventId)
                    .eventName("INSERT")
                    .dynamodb(StreamRecord.builder()
                            .keys(Map.of("id", AttributeValue.fromS(key)))
                            .build())
                    .build();
        }

        @Override
        public String serviceName() {
            return "dynamodb";
        }

        @Override
        public void close() {}
    }

    @Test
    void aClosedShardsChildIsReadFromItsStartAndOldShardsAreNotRead() {
        SplittingStream stream = new SplittingStream();
        try (DynamoDbStreamTap tap = DynamoDbStreamTap.onStream(stream, "orders", STREAM)) {
            assertThat(tap.expectExactly("both orders", Duration.ofSeconds(3), 2, r -> true)
                            .value())
                    .extracting(r -> r.key("id"))
                    .containsExactly("o-1", "o-2");
            assertThat(tap.openShards()).isEqualTo(1);
        }
        assertThat(stream.iteratorsAsked).containsExactly("shard-1@LATEST", "shard-2@TRIM_HORIZON");
    }
}
