package dev.cloudtest.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Faults injected into matching calls. A fault matches a call by resource ("*" = any) and operation (absent =
 * any); it lets {@code after} matching calls through, then hits the next {@code count} ones. Thread-safe.
 */
final class Faults {
    /** One registered fault; {@code remaining}/{@code skip} count down as calls match. */
    static final class Fault {
        final String resource;
        final String operation;
        final String kind;
        final long delayMillis;
        final JsonNode edit;
        int skip;
        int remaining;

        Fault(JsonNode spec) {
            this.resource = spec.path("resource").asText("*");
            this.operation = Json.text(spec, "operation");
            this.kind = spec.path("kind").asText();
            this.delayMillis = spec.path("delayMillis").asLong(2000);
            this.edit = spec.get("edit");
            this.skip = spec.path("after").asInt(0);
            this.remaining = spec.path("count").asInt(1);
            if (!List.of("throttle", "http500", "slow", "conflict", "concurrent-writer", "iam-propagation")
                    .contains(kind)) {
                throw new IllegalArgumentException("Unknown fault kind '" + kind + "'");
            }
        }

        boolean matches(String callResource, String callOperation) {
            return (resource.equals("*") || resource.equals(callResource))
                    && (operation == null || operation.equals(callOperation));
        }
    }

    private final List<Fault> faults = new ArrayList<>();

    synchronized void add(JsonNode spec) {
        faults.add(new Fault(spec));
    }

    synchronized void clear() {
        faults.clear();
    }

    /** The faults that hit this call (at most one per kind), counting it against every matching fault. */
    synchronized List<Fault> hit(String resource, String operation) {
        List<Fault> hits = new ArrayList<>();
        for (Fault fault : faults) {
            if (fault.remaining <= 0 || !fault.matches(resource, operation)) {
                continue;
            }
            if (fault.skip > 0) {
                fault.skip--;
                continue;
            }
            if (hits.stream().noneMatch(h -> h.kind.equals(fault.kind))) {
                fault.remaining--;
                hits.add(fault);
            }
        }
        faults.removeIf(f -> f.remaining <= 0);
        return hits;
    }
}
