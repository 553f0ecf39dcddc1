package dev.cloudtest.junit5.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import software.amazon.awssdk.services.schemas.SchemasClient;
import software.amazon.awssdk.services.schemas.model.DescribeSchemaRequest;
import software.amazon.awssdk.services.schemas.model.DescribeSchemaResponse;
import software.amazon.awssdk.services.schemas.model.NotFoundException;

/**
 * Events built from schemas and checked against them. Moto has no Schema Registry: {@code DescribeSchema} is
 * answered by a fake with the registry's answer shape (the schema as text in {@code Content}).
 */
class EventSchemaTest {
    private static final Path SCHEMAS = Path.of("src/test/resources/schemas");

    private static SchemasClient registry(Map<String, String> contents) {
        return new SchemasClient() {
            @Override
            public DescribeSchemaResponse describeSchema(DescribeSchemaRequest request) {
                String content = contents.get(request.registryName() + "/" + request.schemaName());
                if (content == null) {
                    throw NotFoundException.builder()
                            .message("Schema not found")
                            .build();
                }
                return DescribeSchemaResponse.builder()
                        .content(content)
                        .type("OpenApi3")
                        .schemaName(request.schemaName())
                        .build();
            }

            @Override
            public String serviceName() {
                return "schemas";
            }

            @Override
            public void close() {}
        };
    }

    @Test
    void aRegistrySchemasMinimalEventIsValidAndHasEveryRequiredType() throws Exception {
        String openApi = java.nio.file.Files.readString(SCHEMAS.resolve("order-created.openapi.json"));
        EventSchema schema = EventSchema.fromRegistry(
                registry(Map.of("discovered-schemas/orders@OrderCreated", openApi)),
                "discovered-schemas",
                "orders@OrderCreated");

        JsonNode event = schema.minimalEvent().json();

        assertThat(schema.problems(event)).isEmpty();
        JsonNode detail = event.get("detail");
        assertThat(detail.get("express").isBoolean())
                .as("booleans handled (IATK tested for \"bool\")")
                .isTrue();
        assertThat(detail.get("total").isNumber()).isTrue();
        assertThat(detail.get("lines")).hasSize(1);
        assertThat(detail.get("lines").get(0).get("quantity").asInt()).isEqualTo(1);
        assertThat(detail.get("customer").get("email").asText()).isEqualTo("test@example.com");
        assertThat(detail.get("customer").has("referredBy"))
                .as("an optional self-reference is left out")
                .isFalse();
        assertThat(detail.has("channel")).as("optional").isFalse();
        assertThat(event.get("resources").isArray()).isTrue();
    }

    @Test
    void aDraft4SchemaWithNullableBooleansEnumsFormatsAndArrays() {
        EventSchema schema = EventSchema.fromFile(SCHEMAS.resolve("payment-settled.draft4.json"));

        JsonNode event = schema.minimalEvent().json();

        assertThat(schema.problems(event)).isEmpty();
        JsonNode detail = event.get("detail");
        assertThat(event.get("detail-type").asText()).isEqualTo("PaymentSettled");
        assertThat(detail.get("settled").asBoolean()).isFalse();
        assertThat(detail.get("refunded").isBoolean()).isTrue();
        assertThat(detail.get("amount").asInt()).isEqualTo(100);
        assertThat(detail.get("currency").asText()).isEqualTo("EUR");
        assertThat(detail.get("paymentId").asText()).matches("[0-9a-f-]{36}");
        assertThat(detail.get("tags")).hasSize(2);
        assertThat(detail.get("tags").get(0).asText()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(detail.get("note").isNull()).isTrue();
    }

    @Test
    void overridesByJsonPointerAndTheEnvelopeForPutEvents() {
        EventSchema schema = EventSchema.fromFile(SCHEMAS.resolve("payment-settled.draft4.json"));

        EventSchema.SchemaEvent event = schema.minimalEvent()
                .with("/detail/amount", 2_500)
                .with("/detail/currency", "USD")
                .with("/detail/extra/nested", true);

        assertThat(event.json().at("/detail/amount").asInt()).isEqualTo(2_500);
        assertThat(event.json().at("/detail/extra/nested").asBoolean()).isTrue();
        assertThat(schema.problems(event.json())).isEmpty();
        var entry = event.entry("payments-bus");
        assertThat(entry.source()).isEqualTo("payments");
        assertThat(entry.detailType()).isEqualTo("PaymentSettled");
        assertThat(entry.detail()).contains("\"amount\":2500");
    }

    @Test
    void aReceivedEventThatBreaksTheContractFailsNamingWhere() {
        EventSchema schema = EventSchema.fromFile(SCHEMAS.resolve("payment-settled.draft4.json"));
        JsonNode broken = schema.minimalEvent()
                .with("/detail/settled", "yes")
                .with("/detail/currency", "GBP")
                .json();

        assertThat(schema.problems(broken))
                .anySatisfy(p -> assertThat(p).contains("$.detail.settled").contains("boolean"))
                .anySatisfy(p -> assertThat(p).contains("$.detail.currency"));
        assertThatThrownBy(() -> schema.assertValid(broken))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("Event does not match schema")
                .hasMessageContaining("$.detail.settled");
    }

    @Test
    void badSchemasSayWhatIsWrong() {
        assertThatThrownBy(() -> EventSchema.of("x", "not json")).hasMessageContaining("Schema x is not JSON");
        assertThatThrownBy(() -> EventSchema.of(
                                "cycle",
                                """
                        {"type": "object", "required": ["self"], "definitions": {"Node": {"type": "object",
                         "required": ["next"], "properties": {"next": {"$ref": "#/definitions/Node"}}}},
                         "properties": {"self": {"$ref": "#/definitions/Node"}}}
                        """)
                        .minimalEvent())
                .hasMessageContaining("a required cycle of $refs");
        assertThatThrownBy(() -> EventSchema.fromRegistry(registry(Map.of()), "r", "missing"))
                .isInstanceOf(NotFoundException.class);
    }
}
