package dev.cloudtest.core;

/**
 * Trouble in the environment rather than in the user's input: I/O, network, credentials, throttling past
 * retries. The Maven side maps it to {@code MojoExecutionException}.
 */
public class EnvironmentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EnvironmentException(String message) {
        super(message);
    }

    public EnvironmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
