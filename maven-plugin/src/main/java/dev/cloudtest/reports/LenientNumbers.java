package dev.cloudtest.reports;

/**
 * Numbers as report producers write them: {@code "2,503.1"}, {@code ""}, {@code "-1"}, {@code "N/A"}. A bad
 * number never makes a report unreadable.
 */
final class LenientNumbers {
    private LenientNumbers() {}

    /** Seconds, 0 when absent, negative or not a number. */
    static double seconds(String value) {
        double simple = simpleDecimal(value);
        if (simple >= 0) {
            return simple;
        }
        double parsed = parse(value);
        return Double.isFinite(parsed) && parsed > 0 ? parsed : 0;
    }

    /** A declared count, or -1 when absent, negative or not a number (so it is not compared). */
    static int count(String value) {
        double parsed = parse(value);
        return Double.isFinite(parsed) && parsed >= 0 && parsed <= Integer.MAX_VALUE ? (int) parsed : -1;
    }

    /** {@code 12.345}-style values without parsing machinery (most reports); -1 for anything else. */
    private static double simpleDecimal(String value) {
        if (value == null || value.isEmpty() || value.length() > 15) {
            return -1;
        }
        long digits = 0;
        long scale = 1;
        boolean dot = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                if (dot) {
                    scale *= 10;
                }
            } else if (c == '.' && !dot && i > 0) {
                dot = true;
            } else {
                return -1;
            }
        }
        return (double) digits / scale;
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
