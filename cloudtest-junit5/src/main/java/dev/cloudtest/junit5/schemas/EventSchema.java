package dev.cloudtest.junit5.schemas;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.cloudtest.junit5.UntrustedJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.opentest4j.AssertionFailedError;
import software.amazon.awssdk.services.schemas.SchemasClient;
import software.amazon.awssdk.services.schemas.model.DescribeSchemaResponse;

/**
 * An event's schema, from the EventBridge Schema Registry ({@code DescribeSchema}: OpenAPI 3 with the event in
 * {@code components.schemas}, or JSON Schema draft 4) or from a file: builds a minimal valid event to send, and
 * checks received events against it (a contract check, with the networknt JSON Schema validator).
 *
 * <pre>{@code
 * EventSchema orderCreated = EventSchema.fromRegistry(schemas, "discovered-schemas", "orders@OrderCreated");
 * JsonNode event = orderCreated.minimalEvent().with("/detail/orderId", "o-1").json();
 * events.putEvents(r -> r.entries(orderCreated.minimalEvent().with("/detail/orderId", "o-1").entry("orders-bus")));
 * orderCreated.assertValid(received.event());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class EventSchema {
    static final ObjectMapper JSON = UntrustedJson.mapper();

    private final String name;
    /** The event's schema as a standalone JSON Schema (definitions inside, refs rewritten). */
    private final ObjectNode schema;

    private JsonSchema validator;

    private EventSchema(String name, ObjectNode schema) {
        this.name = name;
        this.schema = schema;
    }

    /** The latest version of a registry schema. */
    public static EventSchema fromRegistry(SchemasClient schemas, String registry, String schemaName) {
        DescribeSchemaResponse described =
                schemas.describeSchema(r -> r.registryName(registry).schemaName(schemaName));
        return of(registry + "/" + schemaName, described.content());
    }

    /** A schema file (OpenAPI 3 JSON as the registry exports it, or JSON Schema draft 4). */
    public static EventSchema fromFile(Path file) {
        try {
            return of(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the schema file " + file + ": " + e.getMessage(), e);
        }
    }

    /** A schema given as text. */
    public static EventSchema of(String name, String content) {
        JsonNode document;
        try {
            document = JSON.readTree(content);
        } catch (IOException e) {
            throw new IllegalArgumentException("Schema " + name + " is not JSON: " + e.getMessage(), e);
        }
        if (document == null || !document.isObject()) {
            throw new IllegalArgumentException("Schema " + name + " is not a JSON object.");
        }
        return new EventSchema(name, standalone(name, (ObjectNode) document));
    }

    /**
     * OpenAPI 3: the event is the schema that has a {@code detail} property (EventBridge's {@code AWSEvent}), its
     * {@code components.schemas} become {@code definitions}; JSON Schema is taken as it is.
     */
    static ObjectNode standalone(String name, ObjectNode document) {
        if (!document.has("openapi")) {
            return document;
        }
        JsonNode components = document.path("components").path("schemas");
        if (!components.isObject() || components.isEmpty()) {
            throw new IllegalArgumentException("OpenAPI schema " + name + " has no components.schemas.");
        }
        String root = components.has("AWSEvent") ? "AWSEvent" : null;
        if (root == null) {
            var names = components.fieldNames();
            while (names.hasNext() && root == null) {
                String candidate = names.next();
                if (components.get(candidate).path("properties").has("detail")) {
                    root = candidate;
                }
            }
        }
        if (root == null) {
            root = components.fieldNames().next();
        }
        ObjectNode definitions = (ObjectNode) rewriteRefs(components.deepCopy());
        ObjectNode standalone = (ObjectNode) rewriteRefs(components.get(root).deepCopy());
        standalone.set("definitions", definitions);
        return standalone;
    }

    private static JsonNode rewriteRefs(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#/components/schemas/")) {
                object.put("$ref", "#/definitions/" + ref.asText().substring("#/components/schemas/".length()));
            }
            object.fields().forEachRemaining(e -> rewriteRefs(e.getValue()));
        } else if (node.isArray()) {
            node.forEach(EventSchema::rewriteRefs);
        }
        return node;
    }

    /** A minimal event that satisfies the schema: required properties only, every JSON type handled. */
    public SchemaEvent minimalEvent() {
        return new SchemaEvent(new MinimalInstance(schema).build());
    }

    /** The problems of {@code event} against the schema, one line each ({@code /detail/total: ...}); empty when valid. */
    public List<String> problems(JsonNode event) {
        Set<ValidationMessage> messages = validator().validate(event);
        return messages.stream()
                .sorted(Comparator.comparing(m -> m.getInstanceLocation().toString()))
                .map(m -> m.getMessage())
                .toList();
    }

    /** Fails listing the problems when {@code event} does not satisfy the schema (a contract check). */
    public void assertValid(JsonNode event) {
        List<String> problems = problems(event);
        if (!problems.isEmpty()) {
            String shown = event.toString();
            throw new AssertionFailedError("Event does not match schema " + name + ": " + String.join("; ", problems)
                    + "\nEvent: " + (shown.length() > 1_000 ? shown.substring(0, 1_000) + "…" : shown));
        }
    }

    private synchronized JsonSchema validator() {
        if (validator == null) {
            validator =
                    JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema);
        }
        return validator;
    }

    /** An event built from the schema, with overrides by JSON pointer. */
    public static final class SchemaEvent {
        private final ObjectNode event;

        SchemaEvent(JsonNode event) {
            if (!event.isObject()) {
                throw new IllegalArgumentException("The schema does not describe an object event.");
            }
            this.event = (ObjectNode) event;
        }

        /** Sets the value at a JSON pointer ({@code /detail/orderId}), creating objects on the way. */
        public SchemaEvent with(String pointer, Object value) {
            JsonPointer path = JsonPointer.compile(pointer);
            JsonNode parent = event;
            JsonPointer head = path.head();
            for (JsonPointer step = head; step != null && !step.matches(); step = step.tail()) {
                String field = step.getMatchingProperty();
                JsonNode next = parent.get(field);
                if (next == null || !(next.isObject() || next.isArray())) {
                    next = ((ObjectNode) parent).putObject(field);
                }
                parent = next;
            }
            JsonNode node = JSON.valueToTree(value);
            String last = path.last().getMatchingProperty();
            if (parent.isArray()) {
                ((ArrayNode) parent).set(path.last().getMatchingIndex(), node);
            } else {
                ((ObjectNode) parent).set(last, node);
            }
            return this;
        }

        public JsonNode json() {
            return event;
        }

        /** A {@code PutEvents} entry for this event on {@code bus}: its source, detail-type and detail. */
        public software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry entry(String bus) {
            return software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry.builder()
                    .eventBusName(bus)
                    .source(event.path("source").asText())
                    .detailType(event.path("detail-type").asText())
                    .detail(event.path("detail").toString())
                    .build();
        }

        @Override
        public String toString() {
            return event.toString();
        }
    }
}
