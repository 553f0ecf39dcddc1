package dev.cloudtest.reports;

/**
 * One SLA check as cloudtest-junit5 records it ({@code <uuid>.jsonl} under {@code target/cloudtest/sla}).
 *
 * @param kind {@code within} (met in time), {@code holds} (stayed true), {@code never} (did not happen) or
 *     {@code measured} (a duration measured elsewhere, such as a trace segment's)
 * @param marginMs {@code slaMs - measuredMs} for {@code within} and {@code measured}; {@code null} for the others
 */
public record SlaEntry(
        String test,
        String name,
        String kind,
        long slaMs,
        long measuredMs,
        Long marginMs,
        boolean passed,
        int attempts) {

    static SlaEntry of(
            String test, String name, String kind, long slaMs, long measuredMs, boolean passed, int attempts) {
        return new SlaEntry(
                test,
                name,
                kind,
                slaMs,
                measuredMs,
                "within".equals(kind) || "measured".equals(kind) ? slaMs - measuredMs : null,
                passed,
                attempts);
    }
}
