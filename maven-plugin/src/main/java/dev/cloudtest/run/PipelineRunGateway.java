package dev.cloudtest.run;

import java.util.List;

/** The CodePipeline calls a run needs. Implementations read every page. */
public interface PipelineRunGateway {
    /**
     * Starts an execution of the pipeline's latest source revision.
     *
     * @return the execution id
     * @throws PipelineBusyException when the pipeline cannot take a new execution right now
     */
    String start(String pipelineName);

    ExecutionState execution(String pipelineName, String executionId);

    /** The execution's action executions, in any order. */
    List<ActionRun> actions(String pipelineName, String executionId);
}
