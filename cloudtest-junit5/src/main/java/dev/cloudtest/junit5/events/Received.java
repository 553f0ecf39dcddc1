package dev.cloudtest.junit5.events;

import java.time.Instant;

/**
 * What a listener or tap keeps in its journal: something with an id (kept once per id) and the instant that
 * places it in a wait's window.
 *
 * @since 0.1.0
 */
public interface Received {
    /** The id it is kept under: the event id, the SNS or SQS message id. */
    String id();

    /** When it counts as having happened, for the window: when it was received, or sent where the service says. */
    Instant at();

    /** When this machine received it. */
    Instant receivedAt();
}
