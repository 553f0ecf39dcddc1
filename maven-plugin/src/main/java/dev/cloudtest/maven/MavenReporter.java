package dev.cloudtest.maven;

import dev.cloudtest.core.LogText;
import dev.cloudtest.core.Reporter;
import dev.cloudtest.core.Secrets;
import org.apache.maven.plugin.logging.Log;

/**
 * Adapts the core's {@link Reporter} to Maven's {@link Log}. Every message is printed with its control characters
 * escaped (LF kept for messages laid out over several lines; untrusted parts are escaped on one line where they are
 * put in) and secret-shaped values masked, see {@link LogText} and {@link Secrets}.
 */
final class MavenReporter implements Reporter {
    private final Log log;

    MavenReporter(Log log) {
        this.log = log;
    }

    @Override
    public void debug(String message) {
        log.debug(safe(message));
    }

    @Override
    public void info(String message) {
        log.info(safe(message));
    }

    @Override
    public void warn(String message) {
        log.warn(safe(message));
    }

    @Override
    public void error(String message) {
        log.error(safe(message));
    }

    /** The message as it may be printed. */
    static String safe(String message) {
        return LogText.escapeKeepingLines(Secrets.maskText(message));
    }
}
