package dev.cloudtest.aws;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;

/**
 * Finds the fields of a raw AWS answer that the bundled SDK's model does not know (and would drop). The
 * pipeline store sends raw JSON, so they are kept; this only tells the user.
 */
final class SdkModelCoverage {
    private SdkModelCoverage() {}

    /** JSON paths ({@code stages[2].actions[0].newField}) present in {@code raw} but unknown to {@code model}. */
    static List<String> unmodelledFields(JsonNode raw, SdkPojo model) {
        List<String> paths = new ArrayList<>();
        walk(raw, model, "", paths);
        return paths;
    }

    private static void walk(JsonNode raw, Object model, String path, List<String> out) {
        if (!(model instanceof SdkPojo pojo) || !raw.isObject()) {
            return;
        }
        raw.properties().forEach(entry -> {
            String child = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
            SdkField<?> field = pojo.sdkFields().stream()
                    .filter(f -> entry.getKey().equals(f.locationName()))
                    .findFirst()
                    .orElse(null);
            if (field == null) {
                out.add(child);
                return;
            }
            Object value = field.getValueOrDefault(pojo);
            if (value instanceof SdkPojo) {
                walk(entry.getValue(), value, child, out);
            } else if (value instanceof List<?> list && entry.getValue().isArray()) {
                for (int i = 0; i < list.size() && i < entry.getValue().size(); i++) {
                    walk(entry.getValue().get(i), list.get(i), child + "[" + i + "]", out);
                }
            } else if (value instanceof Map<?, ?> map && entry.getValue().isObject()) {
                map.forEach(
                        (key, item) -> walk(entry.getValue().path(String.valueOf(key)), item, child + "." + key, out));
            }
        });
    }
}
