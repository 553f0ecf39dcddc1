package dev.cloudtest.junit5;

/**
 * Where SLA checks are recorded. The default, {@link SlaFile#shared()}, appends them to a JSON-lines file that
 * {@code cloudtest:verify} reads.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SlaRecorder {
    void record(SlaRecord record);
}
