package dev.cloudtest.junit5;

import java.time.Duration;
import java.time.Instant;

/**
 * One SLA check, as written for {@code cloudtest:verify}.
 *
 * @param test the test that ran the check ({@code Class#method}, or JUnit's unique id under the extension)
 * @param name the SLA's name
 * @param kind {@code within} (met in time), {@code holds} (stayed true) or {@code never} (did not happen)
 * @param sla the SLA (for {@code holds}/{@code never}: the period)
 * @param measured the latency (or the time waited when never met); for {@code holds}/{@code never} how long it
 *     held
 * @param passed whether the SLA was met
 * @param attempts how many looks
 * @param at when the check ended
 * @since 0.1.0
 */
public record SlaRecord(
        String test,
        String name,
        String kind,
        Duration sla,
        Duration measured,
        boolean passed,
        int attempts,
        Instant at) {}
