package dev.cloudtest.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;

/**
 * Which dialect answers which calls: by the call's resource name first, else by the access key id of its
 * signature (for calls without a resource, such as ListPipelines), else AWS. Callers hold the state lock.
 */
final class Dialects {
    private final Map<String, Dialect> byResource = new HashMap<>();
    private final Map<String, Dialect> byAccessKey = new HashMap<>();

    /** Applies {@code {"resource":"x","dialect":"localstack"}} or {@code {"accessKeyId":"AKID","dialect":"localstack"}}. */
    ObjectNode set(JsonNode body) {
        Dialect dialect = Dialect.parse(body.path("dialect").asText("aws"));
        String resource = Json.text(body, "resource");
        String accessKey = Json.text(body, "accessKeyId");
        if ((resource == null) == (accessKey == null)) {
            throw new IllegalArgumentException("Give exactly one of \"resource\" and \"accessKeyId\"");
        }
        (resource != null ? byResource : byAccessKey).put(resource != null ? resource : accessKey, dialect);
        return describe(resource, accessKey);
    }

    ObjectNode describe(String resource, String accessKey) {
        ObjectNode answer = Json.object().put("dialect", of(resource, accessKey).wireName());
        if (resource != null) {
            answer.put("resource", resource);
        }
        if (accessKey != null) {
            answer.put("accessKeyId", accessKey);
        }
        return answer;
    }

    Dialect of(String resource, String accessKey) {
        Dialect dialect = resource == null || resource.isEmpty() ? null : byResource.get(resource);
        if (dialect == null && accessKey != null) {
            dialect = byAccessKey.get(accessKey);
        }
        return dialect == null ? Dialect.AWS : dialect;
    }
}
