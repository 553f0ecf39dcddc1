package dev.cloudtest.junit5.events;

/**
 * Runs every step of a harness's clean-up even when one fails (a half-made harness must still lose what was
 * made), then rethrows the first failure.
 */
final class Cleanup {
    private RuntimeException first;

    void step(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            first = first == null ? e : first;
        }
    }

    /** Throws the first failure, if any. */
    void done() {
        if (first != null) {
            throw first;
        }
    }
}
