package dev.cloudtest.reports;

import java.io.Writer;

/**
 * A writer that keeps the first {@code limit} characters and only counts the rest, so a 200 MB failure text
 * costs a few KB of heap.
 */
final class BoundedText extends Writer {
    private final int limit;
    private final StringBuilder kept = new StringBuilder();
    private long dropped;

    BoundedText(int limit) {
        this.limit = limit;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        int room = Math.max(0, limit - kept.length());
        int take = Math.min(room, length);
        kept.append(buffer, offset, take);
        dropped += length - take;
    }

    @Override
    public void write(String text, int offset, int length) {
        int room = Math.max(0, limit - kept.length());
        int take = Math.min(room, length);
        kept.append(text, offset, offset + take);
        dropped += length - take;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    /** The kept text, trimmed, with a marker when text was dropped; {@code null} when there was none. */
    String text() {
        String text = kept.toString().strip();
        if (dropped > 0) {
            return text + "\n[" + dropped + " more characters not kept]";
        }
        return text.isEmpty() ? null : text;
    }

    /** Caps an attribute value the same way. */
    static String cap(String value, int limit) {
        if (value == null || value.length() <= limit) {
            return value;
        }
        return value.substring(0, limit) + "[" + (value.length() - limit) + " more characters not kept]";
    }
}
