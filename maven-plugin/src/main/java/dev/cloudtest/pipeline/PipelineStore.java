package dev.cloudtest.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Where pipelines live (CodePipeline). Declarations travel as raw JSON trees, so fields this plugin or its
 * SDK do not know survive a read and a write unchanged.
 */
public interface PipelineStore {
    /** The current declaration and metadata; a missing pipeline is a {@code UserFixableException}. */
    PipelineDocument read(String name);

    /** An older version of the declaration (GetPipeline with {@code version}). */
    PipelineDocument readVersion(String name, long version);

    /** Replaces the whole declaration (UpdatePipeline) and returns the version the service reports. */
    long write(ObjectNode declaration);

    /** The pipeline's tags; empty when they cannot be read (the caller may lack the permission). */
    Map<String, String> tags(String pipelineArn);
}
