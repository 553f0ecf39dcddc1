package dev.cloudtest.examples.lab;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** An {@code application/x-www-form-urlencoded} body. */
public final class FormData {
    private final Map<String, String> fields;

    private FormData(Map<String, String> fields) {
        this.fields = fields;
    }

    /** Parses a form body; the first value of a repeated field wins. */
    public static FormData parse(String body) {
        Map<String, String> fields = new HashMap<>();
        if (body != null && !body.isEmpty()) {
            for (String pair : body.split("&")) {
                int equals = pair.indexOf('=');
                String key = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                fields.putIfAbsent(decode(key), decode(value));
            }
        }
        return new FormData(fields);
    }

    /** The field's value, or an empty string when the form does not have it. */
    public String get(String name) {
        return fields.getOrDefault(name, "");
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
