package dev.cloudtest.core;

import java.util.Objects;

/**
 * A problem the user can fix: a bad parameter, bad input, failing tests. The message names the file or
 * parameter and says how to fix it. The Maven side maps it to {@code MojoFailureException}.
 *
 * <p>A message that names a setting is kept as a {@link Wording} and rendered by the front end that shows it
 * ({@link #messageFor}); {@link #getMessage()} renders it with {@link SettingNames#PLAIN}.
 */
public class UserFixableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Wording wording;

    public UserFixableException(String message) {
        this(message, null);
    }

    public UserFixableException(String message, Throwable cause) {
        this(names -> message, cause);
    }

    /** A message that names settings: rendered when shown, in the words of the front end that shows it. */
    public UserFixableException(Wording wording) {
        this(wording, null);
    }

    public UserFixableException(Wording wording, Throwable cause) {
        super(null, cause);
        this.wording = Objects.requireNonNull(wording, "wording");
    }

    @Override
    public String getMessage() {
        return messageFor(SettingNames.PLAIN);
    }

    /** The message with every setting named as {@code names} name it. */
    public String messageFor(SettingNames names) {
        return wording.render(names);
    }

    /** A message whose setting names are filled in when it is shown. */
    @FunctionalInterface
    public interface Wording {
        String render(SettingNames names);
    }
}
