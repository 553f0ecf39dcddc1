package dev.cloudtest.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;

/**
 * Lets the SDK read awsJson answers from emulators that write timestamps as ISO-8601 strings (moto:
 * {@code "created": "2025-03-01T10:15:30.123Z"}) where AWS writes epoch seconds. SDK 2.40.2 fails the whole
 * call on such a string ("Unable to unmarshall response (Input timestamp string must be no longer than 20
 * characters)"). Only values the SDK's model declares as timestamps are rewritten, and only when they are ISO
 * strings, so answers from AWS pass unchanged. Only clients with an endpoint override get it ({@link AwsClients}),
 * and only answers whose shape can hold a timestamp are buffered (up to {@value #MAX_REWRITTEN_BYTES} bytes); the
 * rest stream through.
 */
final class EmulatorTimestamps implements ExecutionInterceptor {
    /** Bigger answers are passed through untouched rather than buffered. */
    static final int MAX_REWRITTEN_BYTES = 8 * 1024 * 1024;
    /** How deep {@link #hasTimestamp} follows nested shapes (SDK shapes can be recursive). */
    private static final int MAX_SHAPE_DEPTH = 12;

    /** Exact decimals: other epoch numbers must not come back with exponents the SDK cannot read. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private static final Pattern ISO_PREFIX = Pattern.compile("\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

    @Override
    public Optional<InputStream> modifyHttpResponseContent(
            Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        Optional<InputStream> body = context.responseBody();
        boolean json = context.httpResponse()
                .firstMatchingHeader("Content-Type")
                .map(type -> type.contains("json"))
                .orElse(false);
        if (body.isEmpty() || !json || !context.httpResponse().isSuccessful()) {
            return body;
        }
        List<SdkField<?>> shape = responseShape(context.request());
        if (!hasTimestamp(shape, 0)) {
            return body; // nothing to rewrite: the answer streams through unread
        }
        InputStream in = body.get();
        try {
            byte[] bytes = in.readNBytes(MAX_REWRITTEN_BYTES + 1);
            if (bytes.length > MAX_REWRITTEN_BYTES) {
                return Optional.of(new SequenceInputStream(new ByteArrayInputStream(bytes), in));
            }
            in.close();
            return Optional.of(new ByteArrayInputStream(rewrite(bytes, shape)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answer with every ISO-8601 string at a timestamp position of {@code shape} made epoch seconds. */
    static byte[] rewrite(byte[] answer, List<SdkField<?>> shape) {
        String text = new String(answer, StandardCharsets.UTF_8);
        if (!ISO_PREFIX.matcher(text).find()) {
            return answer;
        }
        try {
            JsonNode root = MAPPER.readTree(answer);
            if (!rewriteObject(root, shape)) {
                return answer;
            }
            return MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            return answer; // not ours to judge: the SDK reports unreadable answers itself
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a timestamp can occur anywhere in {@code fields} (nested shapes followed to a bounded depth). */
    static boolean hasTimestamp(List<SdkField<?>> fields, int depth) {
        if (depth > MAX_SHAPE_DEPTH) {
            return true; // a deeper (or recursive) shape: look at the answer rather than guess
        }
        for (SdkField<?> field : fields) {
            if (hasTimestamp(field, depth)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTimestamp(SdkField<?> field, int depth) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.INSTANT) {
            return true;
        }
        if (type == MarshallingType.SDK_POJO) {
            Object builder = field.constructor().get();
            return builder instanceof SdkPojo pojo && hasTimestamp(pojo.sdkFields(), depth + 1);
        }
        if (type == MarshallingType.LIST) {
            return hasTimestamp(field.getTrait(ListTrait.class).memberFieldInfo(), depth + 1);
        }
        if (type == MarshallingType.MAP) {
            return hasTimestamp(field.getTrait(MapTrait.class).valueFieldInfo(), depth + 1);
        }
        return false;
    }

    /** The fields of the answer shape of a request ({@code GetPipelineRequest} -> {@code GetPipelineResponse}). */
    static List<SdkField<?>> responseShape(SdkRequest request) {
        String name = request.getClass().getName();
        if (!name.endsWith("Request")) {
            return List.of();
        }
        try {
            Class<?> response = Class.forName(
                    name.substring(0, name.length() - "Request".length()) + "Response",
                    false,
                    request.getClass().getClassLoader());
            Object builder = response.getMethod("builder").invoke(null);
            return builder instanceof SdkPojo pojo ? pojo.sdkFields() : List.of();
        } catch (ReflectiveOperationException | LinkageError e) {
            return List.of();
        }
    }

    private static boolean rewriteObject(JsonNode node, List<SdkField<?>> fields) {
        if (!(node instanceof ObjectNode object)) {
            return false;
        }
        boolean changed = false;
        for (SdkField<?> field : fields) {
            JsonNode value = object.get(field.locationName());
            if (value == null) {
                continue;
            }
            if (field.marshallingType() == MarshallingType.INSTANT) {
                DecimalNode epoch = epochSeconds(value);
                if (epoch != null) {
                    object.set(field.locationName(), epoch);
                    changed = true;
                }
            } else {
                changed |= rewriteNested(value, field);
            }
        }
        return changed;
    }

    private static boolean rewriteNested(JsonNode value, SdkField<?> field) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.SDK_POJO) {
            Object builder = field.constructor().get();
            return builder instanceof SdkPojo pojo && rewriteObject(value, pojo.sdkFields());
        }
        if (type == MarshallingType.LIST && value instanceof ArrayNode array) {
            SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
            boolean changed = false;
            for (int i = 0; i < array.size(); i++) {
                if (member.marshallingType() == MarshallingType.INSTANT && epochSeconds(array.get(i)) != null) {
                    array.set(i, epochSeconds(array.get(i)));
                    changed = true;
                } else {
                    changed |= rewriteNested(array.get(i), member);
                }
            }
            return changed;
        }
        if (type == MarshallingType.MAP && value instanceof ObjectNode map) {
            SdkField<?> member = field.getTrait(MapTrait.class).valueFieldInfo();
            boolean changed = false;
            for (JsonNode entry : map) {
                changed |= rewriteNested(entry, member);
            }
            return changed;
        }
        return false;
    }

    /** Epoch seconds with milliseconds for an ISO-8601 string; null for anything else. */
    private static DecimalNode epochSeconds(JsonNode value) {
        if (!value.isTextual()) {
            return null;
        }
        try {
            long millis = OffsetDateTime.parse(value.asText()).toInstant().toEpochMilli();
            return new DecimalNode(BigDecimal.valueOf(millis, 3));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
