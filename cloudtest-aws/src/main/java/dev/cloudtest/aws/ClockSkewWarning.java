package dev.cloudtest.aws;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Compares the local clock with AWS's, read from each response's HTTP {@code Date} header, and warns once when they
 * differ by more than a threshold. Lease expiry is written from one runner's clock and compared with another's
 * (DynamoDB conditions have no server "now"), so a runner whose clock is off by more than the takeover grace could
 * take over a live lease (docs/stack-pool.md §2, clock skew). Registered on the pool's DynamoDB client.
 *
 * @since 0.1.0
 */
public final class ClockSkewWarning implements ExecutionInterceptor {
    private final Duration threshold;
    private final Duration takeoverGrace;
    private final Supplier<Instant> localClock;
    private final Consumer<String> warn;
    private final AtomicBoolean warned = new AtomicBoolean();

    /**
     * @param threshold warn when |local - AWS| exceeds this (the {@code Date} header has whole seconds, so a few
     *     seconds at least)
     * @param takeoverGrace the pool's takeover grace, named in the warning
     * @param localClock the local clock (tests give a skewed one)
     * @param warn where the one warning goes
     */
    public ClockSkewWarning(
            Duration threshold, Duration takeoverGrace, Supplier<Instant> localClock, Consumer<String> warn) {
        this.threshold = threshold;
        this.takeoverGrace = takeoverGrace;
        this.localClock = localClock;
        this.warn = warn;
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes executionAttributes) {
        if (warned.get()) {
            return;
        }
        Instant local = localClock.get();
        context.httpResponse()
                .firstMatchingHeader("Date")
                .flatMap(ClockSkewWarning::parse)
                .ifPresent(aws -> {
                    Duration skew = Duration.between(aws, local);
                    if (skew.abs().compareTo(threshold) > 0 && warned.compareAndSet(false, true)) {
                        warn.accept(message(local, aws, skew));
                    }
                });
    }

    /** Whether the warning was given. */
    public boolean warned() {
        return warned.get();
    }

    String message(Instant local, Instant aws, Duration skew) {
        String by = dev.cloudtest.core.Durations.format(skew.abs());
        return "This machine's clock is " + by + (skew.isNegative() ? " behind" : " ahead of") + " AWS's (local "
                + local.truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + ", AWS Date header " + aws
                + "). Pool leases are compared with each runner's"
                + " own clock, so "
                + (skew.abs().compareTo(takeoverGrace) >= 0
                        ? "with a skew above the pool's takeover grace ("
                                + dev.cloudtest.core.Durations.format(takeoverGrace)
                                + ") a live lease can be taken over early."
                        : "a skew near the pool's takeover grace ("
                                + dev.cloudtest.core.Durations.format(takeoverGrace)
                                + ") lets a live lease be taken over early.")
                + " Sync the clock with NTP (e.g. timedatectl set-ntp true, or chronyc makestep).";
    }

    static java.util.Optional<Instant> parse(String header) {
        try {
            return java.util.Optional.of(ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant());
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }
}
