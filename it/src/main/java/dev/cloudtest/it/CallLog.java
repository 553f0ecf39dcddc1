package dev.cloudtest.it;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;

/** Every AWS call answered, in order, for tests to count calls per resource. Thread-safe, bounded. */
final class CallLog {
    private static final int MAX_ENTRIES = 100_000;

    record Call(String service, String operation, String resource, int status) {}

    private final List<Call> calls = new ArrayList<>();

    synchronized void add(Call call) {
        if (calls.size() == MAX_ENTRIES) {
            calls.remove(0);
        }
        calls.add(call);
    }

    synchronized ArrayNode json(String resource) {
        ArrayNode array = Json.array();
        for (Call call : calls) {
            if (resource == null || resource.equals(call.resource())) {
                array.addObject()
                        .put("service", call.service())
                        .put("operation", call.operation())
                        .put("resource", call.resource())
                        .put("status", call.status());
            }
        }
        return array;
    }

    synchronized void clear() {
        calls.clear();
    }
}
