package dev.cloudtest.maven;

import dev.cloudtest.core.Reporter;
import org.apache.maven.plugin.logging.Log;

/** Adapts the core's {@link Reporter} to Maven's {@link Log}. */
final class MavenReporter implements Reporter {
    private final Log log;

    MavenReporter(Log log) {
        this.log = log;
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void error(String message) {
        log.error(message);
    }
}
