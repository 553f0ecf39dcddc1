package dev.cloudtest.junit5;

import java.time.Duration;

/**
 * What an {@link Sla} check saw.
 *
 * @param name the SLA's name
 * @param value the observation that met the condition (for {@code holds}/{@code never}: the last one)
 * @param latency from the start of the SLA clock to the end of the look that met the condition (for
 *     {@code holds}/{@code never}: the whole period watched)
 * @param attempts how many looks it took
 * @param sla the SLA
 * @param <T> the observed type
 * @since 0.1.0
 */
public record Observation<T>(String name, T value, Duration latency, int attempts, Duration sla) {
    /** How much of the SLA was left: {@code sla - latency} (zero or more for a met SLA). */
    public Duration margin() {
        return sla.minus(latency);
    }
}
