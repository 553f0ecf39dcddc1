package dev.cloudtest.junit5;

import java.time.Duration;

/**
 * A source that blocks while it waits for news, such as an SQS long poll: {@link Sla} hands it the time left
 * before the deadline, and it must not block longer than that (an SQS receive uses
 * {@code WaitTimeSeconds = min(20, timeLeft in whole seconds)}).
 *
 * @param <T> what one look returns
 * @since 0.1.0
 */
@FunctionalInterface
public interface LongPoll<T> {
    /**
     * Looks once.
     *
     * @param timeLeft how long this look may block at most; zero for the look at the deadline
     */
    T poll(Duration timeLeft) throws Exception;
}
