package dev.cloudtest.core;

/**
 * Trouble in the environment rather than in the user's input: I/O, network, credentials, throttling past
 * retries. The Maven side maps it to {@code MojoExecutionException}.
 */
public class EnvironmentException extends CloudtestException {
    private static final long serialVersionUID = 1L;

    public EnvironmentException(String message) {
        this(message, null);
    }

    public EnvironmentException(String message, Throwable cause) {
        super(names -> message, cause);
    }

    /** A message that names settings, rendered by the front end that shows it. */
    public EnvironmentException(Wording wording) {
        super(wording, null);
    }
}
