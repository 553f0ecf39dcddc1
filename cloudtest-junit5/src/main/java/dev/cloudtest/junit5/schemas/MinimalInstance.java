package dev.cloudtest.junit5.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Builds the smallest instance of a JSON Schema (draft 4 subset EventBridge schemas use): required properties only,
 * the first enum value, formats honoured, {@code $ref}s followed with a depth guard against cycles.
 */
final class MinimalInstance {
    private static final int MAX_DEPTH = 32;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode root;

    MinimalInstance(JsonNode root) {
        this.root = root;
    }

    JsonNode build() {
        return instance(root, 0);
    }

    private JsonNode instance(JsonNode schema, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("The schema nests deeper than " + MAX_DEPTH + " levels through its"
                    + " required properties (a required cycle of $refs?): no finite event satisfies it.");
        }
        if (schema.has("$ref")) {
            return instance(resolve(schema.get("$ref").asText()), depth + 1);
        }
        if (schema.has("enum")
                && schema.get("enum").isArray()
                && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0);
        }
        if (schema.has("const")) {
            return schema.get("const");
        }
        for (String choice : new String[] {"oneOf", "anyOf"}) {
            if (schema.path(choice).isArray() && !schema.path(choice).isEmpty()) {
                return instance(schema.path(choice).get(0), depth + 1);
            }
        }
        if (schema.path("allOf").isArray()) {
            ObjectNode merged = NODES.objectNode();
            for (JsonNode part : schema.get("allOf")) {
                JsonNode value = instance(part, depth + 1);
                if (value.isObject()) {
                    merged.setAll((ObjectNode) value);
                }
            }
            return merged;
        }
        return switch (type(schema)) {
            case "object" -> object(schema, depth);
            case "array" -> array(schema, depth);
            case "string" -> NODES.textNode(string(schema));
            case "integer" -> NODES.numberNode(schema.path("minimum").asLong(0));
            case "number" -> NODES.numberNode(schema.path("minimum").asDouble(0));
            case "boolean" -> NODES.booleanNode(false);
            case "null" -> NODES.nullNode();
            default -> NODES.objectNode();
        };
    }

    /** The type; for a list of types the first that is not null; inferred from properties/items when absent. */
    private static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
            return "null";
        }
        if (type != null) {
            return type.asText();
        }
        if (schema.has("properties")) {
            return "object";
        }
        return schema.has("items") ? "array" : "object";
    }

    private ObjectNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        JsonNode properties = schema.path("properties");
        for (JsonNode required : schema.path("required")) {
            String name = required.asText();
            JsonNode property = properties.get(name);
            object.set(name, property == null ? NODES.textNode("") : instance(property, depth + 1));
        }
        return object;
    }

    private ArrayNode array(JsonNode schema, int depth) {
        ArrayNode array = NODES.arrayNode();
        int count = schema.path("minItems").asInt(0);
        JsonNode items = schema.path("items");
        for (int i = 0; i < count; i++) {
            array.add(items.isObject() ? instance(items, depth + 1) : NODES.textNode(""));
        }
        return array;
    }

    private static String string(JsonNode schema) {
        String value =
                switch (schema.path("format").asText("")) {
                    case "date-time" -> Instant.now()
                            .truncatedTo(ChronoUnit.SECONDS)
                            .toString();
                    case "date" -> Instant.now().toString().substring(0, 10);
                    case "email" -> "test@example.com";
                    case "uuid" -> UUID.randomUUID().toString();
                    case "uri" -> "https://example.com/";
                    case "ipv4" -> "192.0.2.1";
                    default -> "string";
                };
        int min = schema.path("minLength").asInt(0);
        StringBuilder padded = new StringBuilder(value);
        while (padded.length() < min) {
            padded.append('x');
        }
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        return padded.length() > max ? padded.substring(0, max) : padded.toString();
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#")) {
            throw new IllegalArgumentException("Only local $refs (#/...) are followed; found " + ref);
        }
        JsonNode target = root.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalArgumentException("The schema's $ref " + ref + " points to nothing.");
        }
        return target;
    }
}
