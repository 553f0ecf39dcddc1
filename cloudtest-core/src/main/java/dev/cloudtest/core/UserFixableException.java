package dev.cloudtest.core;

/**
 * A problem the user can fix: a bad parameter, bad input, failing tests. The message names the file or
 * setting and says how to fix it. The Maven side maps it to {@code MojoFailureException}.
 */
public class UserFixableException extends CloudtestException {
    private static final long serialVersionUID = 1L;

    public UserFixableException(String message) {
        this(message, null);
    }

    public UserFixableException(String message, Throwable cause) {
        super(names -> message, cause);
    }

    /** A message that names settings, rendered by the front end that shows it. */
    public UserFixableException(Wording wording) {
        super(wording, null);
    }

    public UserFixableException(Wording wording, Throwable cause) {
        super(wording, cause);
    }
}
