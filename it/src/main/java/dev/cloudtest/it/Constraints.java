package dev.cloudtest.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Collects model-constraint violations worded as the AWS front end words them, then fails with all of them. */
final class Constraints {
    private final List<String> violations = new ArrayList<>();

    /** A required string with length bounds and an optional pattern; returns the text (possibly null). */
    String string(String path, JsonNode parent, String field, boolean required, int min, int max, String regex) {
        JsonNode node = parent == null ? null : parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                violations.add("Value null at '" + path + "' failed to satisfy constraint: Member must not be null");
            }
            return null;
        }
        String value = node.isValueNode() ? node.asText() : node.toString();
        if (value.length() < min) {
            fail(value, path, "Member must have length greater than or equal to " + min);
        } else if (value.length() > max) {
            fail(value, path, "Member must have length less than or equal to " + max);
        } else if (regex != null && !Pattern.matches(regex, value)) {
            fail(value, path, "Member must satisfy regular expression pattern: " + regex);
        }
        return value;
    }

    void enumValue(String path, JsonNode parent, String field, boolean required, Collection<String> allowed) {
        JsonNode node = parent == null ? null : parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                violations.add("Value null at '" + path + "' failed to satisfy constraint: Member must not be null");
            }
            return;
        }
        if (!allowed.contains(node.asText())) {
            fail(node.asText(), path, "Member must satisfy enum value set: " + allowed);
        }
    }

    void range(String path, JsonNode parent, String field, long min, long max) {
        JsonNode node = parent == null ? null : parent.get(field);
        if (node == null || node.isNull()) {
            return;
        }
        long value = node.asLong();
        if (!node.canConvertToLong() || value < min) {
            fail(node.asText(), path, "Member must have value greater than or equal to " + min);
        } else if (value > max) {
            fail(node.asText(), path, "Member must have value less than or equal to " + max);
        }
    }

    void size(String path, JsonNode parent, String field, int min, int max) {
        JsonNode node = parent == null ? null : parent.get(field);
        if (node == null || node.isNull()) {
            return;
        }
        if (node.size() < min) {
            fail("[...]", path, "Member must have length greater than or equal to " + min);
        } else if (node.size() > max) {
            fail("[...]", path, "Member must have length less than or equal to " + max);
        }
    }

    void required(String path, JsonNode parent, String field) {
        JsonNode node = parent == null ? null : parent.get(field);
        if (node == null || node.isNull()) {
            violations.add("Value null at '" + path + "' failed to satisfy constraint: Member must not be null");
        }
    }

    void add(String violation) {
        violations.add(violation);
    }

    void throwIfAny(String code) {
        if (!violations.isEmpty()) {
            throw AwsError.constraints(code, violations);
        }
    }

    private void fail(String value, String path, String constraint) {
        violations.add("Value '" + value + "' at '" + path + "' failed to satisfy constraint: " + constraint);
    }
}
