package dev.cloudtest.junit5.traces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.aws.AwsClients;
import dev.cloudtest.aws.AwsSettings;
import dev.cloudtest.junit5.SlaViolation;
import dev.cloudtest.testlib.MotoExtension;
import dev.cloudtest.testlib.MotoServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentest4j.AssertionFailedError;
import software.amazon.awssdk.services.xray.XRayClient;

/** Trace trees from the real moto server's X-Ray (PutTraceSegments, BatchGetTraces). */
@ExtendWith(MotoExtension.class)
class TraceTreeOnMotoTest {
    private static AwsClients aws;
    private static XRayClient xray;

    @BeforeAll
    static void clients(MotoServer moto) {
        System.setProperty("aws.accessKeyId", "AKIAIOSFODNN7EXAMPLE");
        System.setProperty("aws.secretAccessKey", "moto");
        aws = AwsClients.open(AwsSettings.of("us-east-1", null, moto.endpoint().toString()));
        xray = aws.client(XRayClient.class);
    }

    @AfterAll
    static void close() {
        aws.close();
    }

    private static String api(TraceId id, double start) {
        return """
                {"trace_id": "%s", "id": "a000000000000001", "name": "orders-api", "origin": "AWS::ApiGateway::Stage",
                 "start_time": %f, "end_time": %f,
                 "subsegments": [{"id": "a000000000000002", "name": "Lambda", "start_time": %f, "end_time": %f}]}
                """
                .formatted(id.root(), start, start + 0.42, start + 0.01, start + 0.40);
    }

    private static String function(TraceId id, double start) {
        return """
                {"trace_id": "%s", "id": "b000000000000001", "name": "create-order", "origin": "AWS::Lambda::Function",
                 "parent_id": "a000000000000002", "start_time": %f, "end_time": %f,
                 "subsegments": [{"id": "b000000000000002", "name": "DynamoDB", "start_time": %f, "end_time": %f}]}
                """
                .formatted(id.root(), start + 0.02, start + 0.35, start + 0.05, start + 0.30);
    }

    private static void put(String... documents) {
        xray.putTraceSegments(r -> r.traceSegmentDocuments(List.of(documents)));
    }

    @Test
    void aSegmentWaitingForItsParentIsRetriedUntilTheTreeIsWhole() throws Exception {
        TraceId id = TraceId.create();
        double start = Instant.now().getEpochSecond();
        put(function(id, start));
        assertThat(TraceTree.read(xray, id.root()).complete())
                .as("the function's parent has not arrived")
                .isFalse();

        CompletableFuture<Void> late = CompletableFuture.runAsync(
                () -> put(api(id, start)), CompletableFuture.delayedExecutor(700, TimeUnit.MILLISECONDS));
        TraceTree tree = TraceTree.fetch(xray, id, Duration.ofSeconds(10)).value();
        late.get();

        assertThat(tree.paths())
                .containsExactly(List.of("AWS::ApiGateway::Stage", "Lambda", "AWS::Lambda::Function", "DynamoDB"));
        tree.assertPath("AWS::Lambda::Function", "DynamoDB");
        assertThat(tree.expectDuration("orders-api", Duration.ofSeconds(1)).value())
                .isBetween(Duration.ofMillis(419), Duration.ofMillis(421));
        assertThatThrownBy(() -> tree.expectDuration("create-order", Duration.ofMillis(100)))
                .isInstanceOf(SlaViolation.class)
                .hasMessageMatching(
                        "SLA 'create-order in trace' missed: segment create-order took 3[23]\\dms, SLA 100ms\\.");
        assertThatThrownBy(() -> tree.assertPath("AWS::Lambda::Function", "AWS::SQS::Queue"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("has no path through AWS::Lambda::Function → AWS::SQS::Queue");
    }

    @Test
    void linkedTracesAreFollowed() {
        TraceId consumer = TraceId.create();
        TraceId producer = TraceId.create();
        double start = Instant.now().getEpochSecond();
        put(
                """
                {"trace_id": "%s", "id": "c000000000000001", "name": "confirmer", "origin": "AWS::Lambda::Function",
                 "start_time": %f, "end_time": %f, "links": [{"trace_id": "%s", "id": "a000000000000001"}]}
                """
                        .formatted(consumer.root(), start, start + 0.1, producer.root()));
        put(api(producer, start));

        TraceTree tree = TraceTree.fetch(xray, consumer, Duration.ofSeconds(10)).value();

        assertThat(tree.linked()).containsOnlyKeys(producer.root());
        assertThat(tree.linked().get(producer.root()).paths())
                .containsExactly(List.of("AWS::ApiGateway::Stage", "Lambda"));
    }

    @Test
    void aTraceThatNeverArrivesFailsWithItsFigures() {
        TraceId id = TraceId.create();

        assertThatThrownBy(() -> TraceTree.fetch(xray, id, Duration.ofMillis(800)))
                .isInstanceOf(SlaViolation.class)
                .hasMessageContaining("SLA 'trace " + id.root() + " complete' missed: not met within 800ms")
                .hasMessageContaining("incomplete: no segment yet");
    }

    @Test
    void traceIdsAndHeadersHaveXRaysShape() {
        TraceId id = TraceId.create();
        assertThat(id.root()).matches("1-[0-9a-f]{8}-[0-9a-f]{24}");
        assertThat(id.header()).isEqualTo("Root=" + id.root() + ";Sampled=1");
        assertThatThrownBy(() -> new TraceId("1-xyz")).hasMessageContaining("not an X-Ray trace id");
    }
}
