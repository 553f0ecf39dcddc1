package dev.cloudtest.reports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds what Woodstox has no limit for, on the raw bytes before it parses them: the length of an element,
 * attribute, processing-instruction or entity name ({@value #MAX_NAME_BYTES} bytes) and of a whole tag with its
 * attribute values ({@value #MAX_TAG_BYTES} bytes). A parser buffers a name or a tag whole, so a 50 MB name would
 * otherwise cost hundreds of megabytes. Text, comments and CDATA sections pass unbounded here (the reader keeps
 * only a capped part of them). Works on the bytes of any ASCII-compatible encoding and of UTF-16 (where a
 * character counts twice).
 */
final class MarkupLimits extends FilterInputStream {
    /** Longest name, in bytes. Real names are a few dozen characters. */
    static final int MAX_NAME_BYTES = 16 * 1024;

    /** Longest tag ({@code <testcase ... >} with its attribute values), in bytes. */
    static final int MAX_TAG_BYTES = 16 * 1024 * 1024;

    /** A limit passed; the message names it. */
    static final class Exceeded extends IOException {
        private static final long serialVersionUID = 1L;

        Exceeded(String message) {
            super(message);
        }
    }

    private enum State {
        TEXT,
        TAG_START,
        BANG,
        TAG,
        QUOTED,
        COMMENT,
        CDATA
    }

    private State state = State.TEXT;
    private int quote;
    private boolean inEntity;
    private int nameBytes;
    private int tagBytes;
    private int previous;
    private int beforePrevious;

    MarkupLimits(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            scan(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            scan(buffer[offset + i] & 0xFF);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(n, 8192)];
        int read = read(buffer, 0, buffer.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void scan(int b) throws Exceeded {
        switch (state) {
            case TEXT -> {
                if (b == '<') {
                    inEntity = false;
                    state = State.TAG_START;
                    tagBytes = 1;
                    nameBytes = 0;
                } else {
                    entity(b);
                }
            }
            case TAG_START -> {
                if (b == '!') {
                    state = State.BANG;
                } else {
                    state = State.TAG;
                    tag(b);
                }
            }
            case BANG -> state = b == '-' ? State.COMMENT : b == '[' ? State.CDATA : State.TAG;
            case TAG -> tag(b);
            case QUOTED -> {
                countTag();
                if (b == quote) {
                    inEntity = false;
                    state = State.TAG;
                } else {
                    entity(b);
                }
            }
            case COMMENT -> {
                if (b == '>' && previous == '-' && beforePrevious == '-') {
                    state = State.TEXT;
                }
            }
            case CDATA -> {
                if (b == '>' && previous == ']' && beforePrevious == ']') {
                    state = State.TEXT;
                }
            }
        }
        beforePrevious = previous;
        previous = b;
    }

    private void tag(int b) throws Exceeded {
        countTag();
        if (b == '>') {
            state = State.TEXT;
        } else if (b == '"' || b == '\'') {
            quote = b;
            state = State.QUOTED;
            nameBytes = 0;
        } else if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '=' || b == '/') {
            nameBytes = 0;
        } else {
            countName();
        }
    }

    /** An entity reference ({@code &name;}) in text or in an attribute value: its name is bounded too. */
    private void entity(int b) throws Exceeded {
        if (b == '&') {
            inEntity = true;
            nameBytes = 0;
        } else if (inEntity) {
            if (b == ';' || b == ' ' || b == '\n' || b == '<') {
                inEntity = false;
            } else {
                countName();
            }
        }
    }

    private void countName() throws Exceeded {
        if (++nameBytes > MAX_NAME_BYTES) {
            throw new Exceeded("an element, attribute or entity name is longer than " + MAX_NAME_BYTES
                    + " bytes, cloudtest's limit for a report");
        }
    }

    private void countTag() throws Exceeded {
        if (++tagBytes > MAX_TAG_BYTES) {
            throw new Exceeded("a tag with its attributes is longer than " + MAX_TAG_BYTES
                    + " bytes, cloudtest's limit for a report");
        }
    }
}
