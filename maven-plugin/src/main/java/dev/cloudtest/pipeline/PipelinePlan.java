package dev.cloudtest.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What an edit will do to one declaration, worked out before anything is written.
 *
 * @param kind what happens to the stage
 * @param stageName the stage concerned
 * @param position its index in {@code stages} (after the edit; before it for a removal)
 * @param before the declaration the plan was made on
 * @param after the declaration to write; equal to {@code before} when there is nothing to do
 * @param diff the readable difference, empty when there is nothing to do
 * @param warnings problems the pipeline already had before the edit (reported, not caused by it)
 */
public record PipelinePlan(
        Kind kind,
        String stageName,
        int position,
        ObjectNode before,
        ObjectNode after,
        String diff,
        List<String> warnings) {

    /** What the plan does to the stage. */
    public enum Kind {
        INSERT,
        REPLACE,
        REMOVE,
        NOTHING
    }

    public boolean changesPipeline() {
        return kind != Kind.NOTHING;
    }

    /** One line for the log. */
    public String summary() {
        String pipeline = before.path("name").asText();
        return switch (kind) {
            case INSERT -> "Insert stage '" + stageName + "' at position " + (position + 1) + " of pipeline '"
                    + pipeline + "' (after '"
                    + after.path("stages").get(position - 1).path("name").asText() + "').";
            case REPLACE -> "Replace stage '" + stageName + "' of pipeline '" + pipeline + "' in place.";
            case REMOVE -> "Remove stage '" + stageName + "' from pipeline '" + pipeline + "'.";
            case NOTHING -> "Pipeline '" + pipeline + "' is up to date: nothing to do for stage '" + stageName + "'.";
        };
    }
}
