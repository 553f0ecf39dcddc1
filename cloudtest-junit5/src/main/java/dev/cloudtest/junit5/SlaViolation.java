package dev.cloudtest.junit5;

import java.time.Duration;
import org.opentest4j.AssertionFailedError;

/**
 * An SLA that was not met. An {@link AssertionFailedError}, so build tools and CodeBuild report the test as
 * failed (not as an error). The message gives the SLA, the time waited, the number of looks, the last observation
 * or mismatch; the last exception a look threw is the cause.
 *
 * @since 0.1.0
 */
public class SlaViolation extends AssertionFailedError {
    private static final long serialVersionUID = 1L;

    private final String slaName;
    private final Duration sla;
    private final Duration measured;
    private final int attempts;

    SlaViolation(String message, String slaName, Duration sla, Duration measured, int attempts, Throwable cause) {
        super(message, cause);
        this.slaName = slaName;
        this.sla = sla;
        this.measured = measured;
        this.attempts = attempts;
    }

    public String slaName() {
        return slaName;
    }

    public Duration sla() {
        return sla;
    }

    /** How long it took (a late match), how long was waited (no match), or when the condition broke. */
    public Duration measured() {
        return measured;
    }

    public int attempts() {
        return attempts;
    }
}
