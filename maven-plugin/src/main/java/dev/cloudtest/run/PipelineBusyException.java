package dev.cloudtest.run;

/** CodePipeline refused a new execution for now (ConflictException, too many concurrent executions). */
public class PipelineBusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PipelineBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
