package dev.cloudtest.run;

import dev.cloudtest.core.EnvironmentException;

/**
 * CodePipeline refused a new execution for now (ConflictException, too many concurrent executions). The runner
 * retries it; should it escape, it is the environment's state, not the user's input.
 */
public class PipelineBusyException extends EnvironmentException {
    private static final long serialVersionUID = 1L;

    public PipelineBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
