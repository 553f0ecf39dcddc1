package dev.cloudtest.reports;

/**
 * Numbers as report producers write them: {@code "2,503.1"}, {@code ""}, {@code "-1"}, {@code "N/A"}. A bad
 * number never makes a report unreadable.
 */
final class LenientNumbers {
    private LenientNumbers() {}

    /** Seconds, 0 when absent, negative or not a number. */
    static double seconds(String value) {
        double parsed = parse(value);
        return Double.isFinite(parsed) && parsed > 0 ? parsed : 0;
    }

    /** A declared count, or -1 when absent, negative or not a number (so it is not compared). */
    static int count(String value) {
        double parsed = parse(value);
        return Double.isFinite(parsed) && parsed >= 0 && parsed <= Integer.MAX_VALUE ? (int) parsed : -1;
    }

    private static double parse(String value) {
        if (value == null) {
            return Double.NaN;
        }
        String cleaned = value.replace(",", "").trim();
        if (cleaned.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(cleaned);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
