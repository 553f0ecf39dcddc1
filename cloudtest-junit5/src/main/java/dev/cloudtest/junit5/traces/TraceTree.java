package dev.cloudtest.junit5.traces;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudtest.junit5.Observation;
import dev.cloudtest.junit5.Sla;
import dev.cloudtest.junit5.UntrustedJson;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opentest4j.AssertionFailedError;
import software.amazon.awssdk.services.xray.XRayClient;
import software.amazon.awssdk.services.xray.model.Segment;
import software.amazon.awssdk.services.xray.model.Trace;

/**
 * The tree of an X-Ray trace: segments, their subsegments, and segments placed under the (sub)segment their
 * {@code parent_id} names. {@link #fetch} retries within an SLA while the trace is missing, has a segment whose
 * parent has not arrived, or has a segment in progress — X-Ray assembles traces over seconds.
 *
 * <pre>{@code
 * TraceId id = TraceId.create();   // sent with the request: id.header()
 * ...
 * TraceTree tree = TraceTree.fetch(xray, id, Duration.ofSeconds(30)).value();
 * tree.assertPath("AWS::Lambda::Function", "AWS::DynamoDB::Table");
 * tree.expectDuration("orders-api", Duration.ofMillis(800));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TraceTree {
    static final int MAX_SEGMENTS = 5_000;
    static final int MAX_LINK_DEPTH = 3;
    private static final ObjectMapper JSON = UntrustedJson.mapper();

    private final String traceId;
    private final List<TraceNode> roots;
    private final List<String> missingParents;
    private final List<String> inProgress;
    private final Set<String> links;
    private final Map<String, TraceTree> linked = new LinkedHashMap<>();

    private TraceTree(
            String traceId,
            List<TraceNode> roots,
            List<String> missingParents,
            List<String> inProgress,
            Set<String> links) {
        this.traceId = traceId;
        this.roots = roots;
        this.missingParents = missingParents;
        this.inProgress = inProgress;
        this.links = links;
    }

    /**
     * Reads the trace until it is complete, within {@code sla}, and the traces it links to (to a depth of
     * {@value #MAX_LINK_DEPTH}); fails with the SLA's figures and what was incomplete otherwise.
     */
    public static Observation<TraceTree> fetch(XRayClient xray, TraceId traceId, Duration sla) {
        Observation<TraceTree> tree = Sla.within(sla)
                .name("trace " + traceId.root() + " complete")
                .until(() -> read(xray, traceId.root()), TraceTree::complete);
        tree.value().followLinks(xray, 1);
        return tree;
    }

    private void followLinks(XRayClient xray, int depth) {
        if (depth > MAX_LINK_DEPTH) {
            return;
        }
        for (String link : links) {
            if (!linked.containsKey(link) && !link.equals(traceId)) {
                TraceTree other = read(xray, link);
                linked.put(link, other);
                other.followLinks(xray, depth + 1);
            }
        }
    }

    /** One read of the trace ({@code BatchGetTraces}, all pages). */
    static TraceTree read(XRayClient xray, String traceId) {
        List<String> documents = new ArrayList<>();
        for (Trace trace :
                xray.batchGetTracesPaginator(r -> r.traceIds(traceId)).traces()) {
            for (Segment segment : trace.segments()) {
                if (documents.size() >= MAX_SEGMENTS) {
                    break;
                }
                documents.add(segment.document());
            }
        }
        return of(traceId, documents);
    }

    /** The tree of these segment documents (X-Ray segment JSON). */
    static TraceTree of(String traceId, List<String> documents) {
        Map<String, JsonNode> segments = new LinkedHashMap<>();
        for (String document : documents) {
            try {
                JsonNode segment = JSON.readTree(document);
                if (segment != null && segment.hasNonNull("id")) {
                    segments.put(segment.get("id").asText(), segment);
                }
            } catch (IOException notJson) {
                // a segment X-Ray could not give as JSON: left out (an incomplete tree shows it missing)
            }
        }
        Map<String, TraceNode> nodes = new LinkedHashMap<>();
        Map<String, TraceNode> built = new LinkedHashMap<>();
        List<String> inProgress = new ArrayList<>();
        Set<String> links = new LinkedHashSet<>();
        segments.values().forEach(s -> built.put(s.get("id").asText(), node(s, nodes, inProgress, links)));
        List<TraceNode> roots = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (JsonNode segment : segments.values()) {
            TraceNode node = built.get(segment.get("id").asText());
            String parent = segment.path("parent_id").asText(null);
            if (parent == null) {
                roots.add(node);
            } else if (nodes.containsKey(parent)) {
                nodes.get(parent).children().add(node);
            } else {
                missing.add(node.name() + " (parent " + parent + ")");
            }
        }
        return new TraceTree(traceId, roots, missing, inProgress, links);
    }

    private static TraceNode node(
            JsonNode json, Map<String, TraceNode> nodes, List<String> inProgress, Set<String> links) {
        TraceNode node = new TraceNode(
                json.path("id").asText(),
                json.path("name").asText(""),
                json.path("origin").asText(null),
                json.path("start_time").asDouble(),
                json.path("end_time").asDouble(),
                json.path("in_progress").asBoolean(false),
                new ArrayList<>());
        nodes.put(node.id(), node);
        if (node.inProgress()) {
            inProgress.add(node.name());
        }
        json.path("links").forEach(link -> {
            if (link.hasNonNull("trace_id")) {
                links.add(link.get("trace_id").asText());
            }
        });
        json.path("subsegments").forEach(sub -> node.children().add(node(sub, nodes, inProgress, links)));
        return node;
    }

    /** Found, every parent present, nothing in progress. */
    public boolean complete() {
        return !roots.isEmpty() && missingParents.isEmpty() && inProgress.isEmpty();
    }

    public String traceId() {
        return traceId;
    }

    /** The segments without a parent. */
    public List<TraceNode> roots() {
        return roots;
    }

    /** The traces this one links to, read after it was complete. */
    public Map<String, TraceTree> linked() {
        return linked;
    }

    /** Every root-to-leaf path, by {@link TraceNode#label()}. */
    public List<List<String>> paths() {
        List<List<String>> paths = new ArrayList<>();
        roots.forEach(root -> collect(root, new ArrayList<>(), paths));
        return paths;
    }

    private static void collect(TraceNode node, List<String> prefix, List<List<String>> paths) {
        List<String> path = new ArrayList<>(prefix);
        path.add(node.label());
        if (node.children().isEmpty()) {
            paths.add(path);
        } else {
            node.children().forEach(child -> collect(child, path, paths));
        }
    }

    /** Fails unless some root-to-leaf path passes through {@code labels} in this order (others may lie between). */
    public void assertPath(String... labels) {
        for (List<String> path : paths()) {
            int next = 0;
            for (String label : path) {
                if (next < labels.length && label.equals(labels[next])) {
                    next++;
                }
            }
            if (next == labels.length) {
                return;
            }
        }
        throw new AssertionFailedError(
                "Trace " + traceId + " has no path through " + String.join(" → ", labels) + "; its paths: " + paths());
    }

    /** Checks the duration of the node named (or with the origin) {@code label} against an SLA, recorded. */
    public Observation<Duration> expectDuration(String label, Duration sla) {
        TraceNode node = roots.stream()
                .flatMap(r -> r.all().stream())
                .filter(n -> label.equals(n.name()) || label.equals(n.origin()))
                .findFirst()
                .orElseThrow(() -> new AssertionFailedError(
                        "Trace " + traceId + " has no segment '" + label + "'; its paths: " + paths()));
        return Sla.within(sla).name(label + " in trace").measured(node.duration(), "segment " + node.name());
    }

    @Override
    public String toString() {
        return complete()
                ? "trace " + traceId + " " + paths()
                : "trace " + traceId + " (incomplete: " + (roots.isEmpty() ? "no segment yet" : "")
                        + (missingParents.isEmpty() ? "" : " waiting for the parents of " + missingParents)
                        + (inProgress.isEmpty() ? "" : " in progress: " + inProgress) + ")";
    }
}
