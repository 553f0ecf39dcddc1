package dev.cloudtest.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** A Maven log that keeps every line ("[level] message") and every throwable logged, at every level. */
final class CapturingLog implements Log {
    record Line(String level, String message, Throwable error) {
        @Override
        public String toString() {
            return "[" + level + "] " + message;
        }
    }

    private final List<Line> lines = new ArrayList<>();
    private final boolean debug;

    CapturingLog(boolean debug) {
        this.debug = debug;
    }

    List<Line> lines() {
        return lines;
    }

    List<String> at(String level) {
        return lines.stream()
                .filter(l -> l.level().equals(level))
                .map(Line::message)
                .toList();
    }

    private void add(String level, CharSequence message, Throwable error) {
        lines.add(new Line(level, message == null ? String.valueOf(error) : message.toString(), error));
    }

    @Override
    public boolean isDebugEnabled() {
        return debug;
    }

    @Override
    public void debug(CharSequence content) {
        add("debug", content, null);
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        add("debug", content, error);
    }

    @Override
    public void debug(Throwable error) {
        add("debug", null, error);
    }

    @Override
    public boolean isInfoEnabled() {
        return true;
    }

    @Override
    public void info(CharSequence content) {
        add("info", content, null);
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        add("info", content, error);
    }

    @Override
    public void info(Throwable error) {
        add("info", null, error);
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public void warn(CharSequence content) {
        add("warn", content, null);
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        add("warn", content, error);
    }

    @Override
    public void warn(Throwable error) {
        add("warn", null, error);
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    @Override
    public void error(CharSequence content) {
        add("error", content, null);
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        add("error", content, error);
    }

    @Override
    public void error(Throwable error) {
        add("error", null, error);
    }
}
