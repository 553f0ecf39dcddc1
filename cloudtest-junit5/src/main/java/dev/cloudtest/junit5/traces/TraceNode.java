package dev.cloudtest.junit5.traces;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A segment or subsegment of a trace tree.
 *
 * @param origin the segment's {@code origin} (e.g. {@code AWS::Lambda::Function}), or null (subsegments mostly)
 * @since 0.1.0
 */
public record TraceNode(
        String id,
        String name,
        String origin,
        double startTime,
        double endTime,
        boolean inProgress,
        List<TraceNode> children) {

    /** What a path shows for this node: its origin when it has one, else its name. */
    public String label() {
        return origin != null ? origin : name;
    }

    /** End minus start (zero while in progress). */
    public Duration duration() {
        return inProgress || endTime < startTime
                ? Duration.ZERO
                : Duration.ofNanos(Math.round((endTime - startTime) * 1_000_000_000d));
    }

    /** This node and everything under it, depth first. */
    public List<TraceNode> all() {
        List<TraceNode> all = new ArrayList<>();
        all.add(this);
        children.forEach(c -> all.addAll(c.all()));
        return all;
    }
}
