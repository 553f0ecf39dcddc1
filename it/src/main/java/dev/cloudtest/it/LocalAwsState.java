package dev.cloudtest.it;

import java.util.function.LongSupplier;

/**
 * Everything the endpoint remembers. One lock (this object) guards it all: calls are answered one at a time,
 * which keeps every answer deterministic while two invoker builds share the endpoint.
 */
final class LocalAwsState {
    static final String CONTROL_REGION = "us-east-1";

    final LongSupplier clock;
    PipelineStore pipelines;
    PipelineRuns runs;
    CodeBuildState codeBuild;
    StackStore stacks;
    Dialects dialects;

    LocalAwsState(LongSupplier clock) {
        this.clock = clock;
        reset();
    }

    long now() {
        return clock.getAsLong();
    }

    void reset() {
        pipelines = new PipelineStore();
        runs = new PipelineRuns();
        codeBuild = new CodeBuildState();
        stacks = new StackStore();
        dialects = new Dialects();
    }
}
