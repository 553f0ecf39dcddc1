package dev.cloudtest.junit5.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.aws.AwsClients;
import dev.cloudtest.aws.AwsSettings;
import dev.cloudtest.junit5.Observation;
import dev.cloudtest.junit5.SlaViolation;
import dev.cloudtest.testlib.MotoExtension;
import dev.cloudtest.testlib.MotoServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** The DynamoDB stream tap against the real moto server. */
@ExtendWith(MotoExtension.class)
class DynamoDbStreamTapOnMotoTest {
    private static AwsClients aws;
    private static DynamoDbClient dynamo;
    private static DynamoDbStreamsClient streams;

    @BeforeAll
    static void clients(MotoServer moto) {
        System.setProperty("aws.accessKeyId", "AKIAIOSFODNN7EXAMPLE");
        System.setProperty("aws.secretAccessKey", "moto");
        aws = AwsClients.open(AwsSettings.of("us-east-1", null, moto.endpoint().toString()));
        dynamo = aws.client(DynamoDbClient.class);
        streams = aws.client(DynamoDbStreamsClient.class);
    }

    @AfterAll
    static void close() {
        aws.close();
    }

    private static void table(String name, boolean stream) {
        dynamo.createTable(r -> {
            r.tableName(name)
                    .keySchema(k -> k.attributeName("orderId").keyType(KeyType.HASH))
                    .attributeDefinitions(a -> a.attributeName("orderId").attributeType(ScalarAttributeType.S))
                    .billingMode(BillingMode.PAY_PER_REQUEST);
            if (stream) {
                r.streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES));
            }
        });
    }

    private static void put(String table, String orderId, String status) {
        dynamo.putItem(r -> r.tableName(table)
                .item(Map.of(
                        "orderId", AttributeValue.fromS(orderId),
                        "status", AttributeValue.fromS(status))));
    }

    @Test
    void aWriteMadeTheMomentTheTapOpensIsSeenAndAnEarlierOneIsNot() {
        table("orders-stream-1", true);
        put("orders-stream-1", "o-before", "NEW");

        try (DynamoDbStreamTap tap = DynamoDbStreamTap.on(dynamo, streams, "orders-stream-1")) {
            put("orders-stream-1", "o-1", "NEW");
            put("orders-stream-1", "o-1", "CONFIRMED");

            Observation<ReceivedRecord> inserted = tap.expectOne(
                    "o-1 stored",
                    Duration.ofSeconds(5),
                    r -> r.eventName().equals("INSERT") && "o-1".equals(r.key("orderId")));
            assertThat(inserted.value().newImage().get("status").s()).isEqualTo("NEW");
            Observation<ReceivedRecord> confirmed = tap.expectOne(
                    "o-1 confirmed", Duration.ofSeconds(5), r -> r.eventName().equals("MODIFY"));
            assertThat(confirmed.value().oldImage().get("status").s()).isEqualTo("NEW");
            assertThat(confirmed.value().newImage().get("status").s()).isEqualTo("CONFIRMED");
            tap.expectNone("the write before the tap opened", Duration.ofMillis(500), r -> "o-before"
                    .equals(r.key("orderId")));
            assertThatThrownBy(() ->
                            tap.expectOne("o-2 stored", Duration.ofMillis(600), r -> "o-2".equals(r.key("orderId"))))
                    .isInstanceOf(SlaViolation.class)
                    .hasMessageContaining("SLA 'o-2 stored' missed: not met within 600ms")
                    .hasMessageContaining("0 matching [] of 2 in the window");
        }
    }

    @Test
    void aTableWithoutAStreamSaysHowToEnableOne() {
        table("orders-no-stream", false);

        assertThatThrownBy(() -> DynamoDbStreamTap.on(dynamo, streams, "orders-no-stream"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Table orders-no-stream has no stream to tap: enable one in its template"
                        + " (StreamSpecification: StreamViewType: NEW_AND_OLD_IMAGES).");
    }

    @Test
    void aTableThatDoesNotExistIsNamed() {
        assertThatThrownBy(() -> DynamoDbStreamTap.on(dynamo, streams, "orders-nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("No table orders-nope to tap here: check the name");
    }
}
