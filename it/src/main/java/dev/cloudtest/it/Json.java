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
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** JSON helpers shared by the services: one strict mapper, null-safe field access, AWS timestamps. */
final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    /** moto's {@code iso_8601_datetime_with_milliseconds}: always three fraction digits, {@code Z}. */
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

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

    /** A timestamp as the dialect's awsJson answers carry it: epoch seconds, or moto's ISO-8601 string. */
    static JsonNode time(long millis, Dialect dialect) {
        return dialect == Dialect.MOTO
                ? TextNode.valueOf(ISO_MILLIS.format(Instant.ofEpochMilli(millis)))
                : epochSeconds(millis);
    }

    /** A copy of {@code node} whose epoch-number {@code fields} are in the dialect's form. */
    static ObjectNode withTimes(ObjectNode node, Dialect dialect, String... fields) {
        ObjectNode copy = node.deepCopy();
        for (String field : fields) {
            if (copy.hasNonNull(field)) {
                copy.set(field, time(millisOf(copy.get(field), 0), dialect));
            }
        }
        return copy;
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
