package dev.cloudtest.core;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the durations users type in parameters: {@code 90} (seconds), {@code 90s}, {@code 10m}, {@code 1h}, {@code 500ms}, {@code PT10M}. */
public final class Durations {
    private static final Pattern SIMPLE = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)?");

    private Durations() {}

    /**
     * @param value what the user typed
     * @param parameter the property name, for the error message
     */
    public static Duration parse(String value, String parameter) {
        String text = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        Matcher simple = SIMPLE.matcher(text);
        if (simple.matches()) {
            long amount = Long.parseLong(simple.group(1));
            String unit = simple.group(2) == null ? "s" : simple.group(2);
            return switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofSeconds(amount);
            };
        }
        try {
            Duration iso = Duration.parse(text.toUpperCase(Locale.ROOT));
            if (!iso.isNegative()) {
                return iso;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new UserFixableException(parameter + " '" + value + "' is not a duration. Use for example 90s, 10m, 1h"
                + " or 500ms (a bare number means seconds).");
    }

    /** The shortest poll interval accepted: 0 would poll AWS in a tight loop (and be throttled). */
    public static final Duration MIN_POLL_INTERVAL = Duration.ofMillis(100);

    /** A poll interval: a duration of at least {@link #MIN_POLL_INTERVAL}. */
    public static Duration parsePollInterval(String value, String parameter) {
        Duration interval = parse(value, parameter);
        if (interval.compareTo(MIN_POLL_INTERVAL) < 0) {
            throw new UserFixableException(parameter + " '" + value + "' is too short: it would call AWS in a tight"
                    + " loop. Use at least 100ms; 10s or more against real AWS.");
        }
        return interval;
    }

    /** {@code 1h02m03s}, {@code 4m05s}, {@code 6s}, {@code 200ms}: compact and stable for progress lines. */
    public static String format(Duration duration) {
        if (duration.getSeconds() == 0 && duration.toMillis() > 0) {
            return duration.toMillis() + "ms";
        }
        long seconds = Math.max(0, duration.getSeconds());
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        if (h > 0) {
            return String.format(Locale.ROOT, "%dh%02dm%02ds", h, m, s);
        }
        if (m > 0) {
            return String.format(Locale.ROOT, "%dm%02ds", m, s);
        }
        return s + "s";
    }

    /**
     * Millisecond precision for measured latencies: {@code 812ms}, {@code 4.812s}; a minute or more as
     * {@link #format(Duration)} ({@code 1m05s}).
     */
    public static String formatPrecise(Duration duration) {
        long millis = Math.max(0, duration.toMillis());
        if (millis < 1_000) {
            return millis + "ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%d.%03ds", millis / 1_000, millis % 1_000);
        }
        return format(duration);
    }

    /** The next pause of a doubling backoff: twice {@code pause}, but never more than {@code cap}. */
    public static Duration doubledUpTo(Duration pause, Duration cap) {
        Duration doubled = pause.multipliedBy(2);
        return doubled.compareTo(cap) > 0 ? cap : doubled;
    }
}
