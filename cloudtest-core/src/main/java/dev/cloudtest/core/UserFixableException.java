package dev.cloudtest.core;

/**
 * A problem the user can fix: a bad parameter, bad input, failing tests. The message names the file or
 * parameter and says how to fix it. The Maven side maps it to {@code MojoFailureException}.
 */
public class UserFixableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserFixableException(String message) {
        super(message);
    }

    public UserFixableException(String message, Throwable cause) {
        super(message, cause);
    }
}
