package dev.cloudtest.core;

import java.util.Objects;

/**
 * What the core throws: a {@link UserFixableException} or an {@link EnvironmentException}. A message that names a
 * setting is kept as a {@link Wording} and rendered by the front end that shows it ({@link #messageFor});
 * {@link #getMessage()} renders it with {@link SettingNames#PLAIN}.
 */
public abstract class CloudtestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Wording wording;

    protected CloudtestException(Wording wording, Throwable cause) {
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
}
