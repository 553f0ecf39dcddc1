package dev.cloudtest.it;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** JSON helpers shared by the services: one strict mapper, null-safe field access, AWS timestamps. */
final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private Json() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** Parses a request body; an empty body is an empty object, as the SDK sends for input-less operations. */
    static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return object();
        }
        try {
            return MAPPER.readTree(body);
        } catch (java.io.IOException e) {
            throw new AwsError(400, "SerializationException", "Could not parse the request body: " + e.getMessage());
        }
    }

    static ObjectNode parseObject(byte[] body) {
        JsonNode node = parse(body);
        if (!node.isObject()) {
            throw new AwsError(400, "SerializationException", "The request body must be a JSON object");
        }
        return (ObjectNode) node;
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of a field, or null when it is missing, null or not a scalar. */
    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    /** The elements of an array field; missing or not an array gives an empty list. */
    static List<JsonNode> elements(JsonNode node, String field) {
        List<JsonNode> list = new ArrayList<>();
        JsonNode value = node == null ? null : node.get(field);
        if (value != null && value.isArray()) {
            value.forEach(list::add);
        }
        return list;
    }

    /** awsJson timestamps are epoch seconds; exact decimals keep the SDK's parser away from exponents. */
    static DecimalNode epochSeconds(long millis) {
        return new DecimalNode(BigDecimal.valueOf(millis, 3));
    }

    /** Reads a timestamp given either as epoch seconds or as an ISO-8601 string (as the AWS CLI prints them). */
    static long millisOf(JsonNode value, long fallback) {
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (value.isNumber()) {
            return value.decimalValue().movePointRight(3).longValue();
        }
        String text = value.asText();
        try {
            return java.time.OffsetDateTime.parse(text).toInstant().toEpochMilli();
        } catch (java.time.format.DateTimeParseException e) {
            return Instant.parse(text).toEpochMilli();
        }
    }
}
