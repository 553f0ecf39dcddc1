package dev.cloudtest.core;

import java.util.ArrayList;
import java.util.List;

/** Keeps what core code reported, as "LEVEL message" lines. */
public final class RecordingReporter implements Reporter {
    private final List<String> lines = new ArrayList<>();

    public List<String> lines() {
        return lines;
    }

    public String text() {
        return String.join("\n", lines);
    }

    @Override
    public void debug(String message) {
        lines.add("DEBUG " + message);
    }

    @Override
    public void info(String message) {
        lines.add("INFO " + message);
    }

    @Override
    public void warn(String message) {
        lines.add("WARN " + message);
    }

    @Override
    public void error(String message) {
        lines.add("ERROR " + message);
    }
}
