package dev.cloudtest.stack;

import dev.cloudtest.core.Durations;
import dev.cloudtest.core.Setting;
import dev.cloudtest.core.UserFixableException;
import java.time.Duration;

/** The stack was still changing (an {@code *_IN_PROGRESS} status) when the wait for it ended. */
public final class StackNotReadyException extends UserFixableException {
    private static final long serialVersionUID = 1L;

    private final String stackName;
    private final String status;
    private final Duration waitTimeout;

    StackNotReadyException(String stackName, String status, Duration waitTimeout) {
        super(names -> "Stack " + stackName + " is still " + status + " after " + Durations.format(waitTimeout)
                + " of waiting. "
                + (waitTimeout.isZero()
                        ? "Set " + names.assignment(Setting.STACK_WAIT_TIMEOUT, "15m") + " to wait for it."
                        : "Raise " + names.name(Setting.STACK_WAIT_TIMEOUT) + " (now " + Durations.format(waitTimeout)
                                + ")."));
        this.stackName = stackName;
        this.status = status;
        this.waitTimeout = waitTimeout;
    }

    public String stackName() {
        return stackName;
    }

    public String status() {
        return status;
    }

    public Duration waitTimeout() {
        return waitTimeout;
    }
}
