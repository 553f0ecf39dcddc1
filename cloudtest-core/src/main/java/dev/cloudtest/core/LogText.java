package dev.cloudtest.core;

/**
 * Untrusted text made safe to print: control characters are written as escapes ({@code \n}, {@code \r},
 * {@code \t}, {@code \u001b}...), so a test name, failure message, YAML key, stack or pipeline name can neither
 * start a line of its own (a forged {@code [INFO] BUILD SUCCESS}) nor send terminal escape sequences. Line
 * breaks beyond LF and CR (U+0085, U+2028, U+2029) and the bidirectional overrides that reorder what a reader
 * sees (U+202A to U+202E, U+2066 to U+2069) are escaped too.
 *
 * @since 0.1.0
 */
public final class LogText {
    private LogText() {}

    /** {@code text} on one line, every control character escaped; {@code null} stays {@code null}. */
    public static String escape(String text) {
        return escape(text, false);
    }

    /**
     * {@code text} with every control character escaped except LF, which is kept: for messages the plugin builds
     * over several lines (a diff, a table), escaped as a whole by the log adapter. Untrusted parts must still go
     * through {@link #escape} where they are put in.
     */
    public static String escapeKeepingLines(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLineFeeds) {
        if (text == null || text.chars().noneMatch(c -> needsEscape(c, keepLineFeeds))) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!needsEscape(c, keepLineFeeds)) {
                out.append(c);
                continue;
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    private static boolean needsEscape(int c, boolean keepLineFeeds) {
        if (c == '\n') {
            return !keepLineFeeds;
        }
        if (c == '\t') {
            return !keepLineFeeds;
        }
        return c < 0x20
                || (c >= 0x7f && c <= 0x9f)
                || c == 0x2028
                || c == 0x2029
                || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069);
    }
}
