package dev.cloudtest.junit5;

import dev.cloudtest.core.Reporter;
import java.lang.System.Logger.Level;

/**
 * The library's output (a stack being waited for, an SLA file that cannot be written) through the JDK's platform
 * logger {@code dev.cloudtest.junit5}: shown by default from INFO up, routed to SLF4J or Log4j where the test
 * classpath bridges {@code System.Logger}. Never printed directly.
 */
final class LogReporter implements Reporter {
    static final LogReporter INSTANCE = new LogReporter();

    private static final System.Logger LOG = System.getLogger("dev.cloudtest.junit5");

    private LogReporter() {}

    @Override
    public void debug(String message) {
        LOG.log(Level.DEBUG, message);
    }

    @Override
    public void info(String message) {
        LOG.log(Level.INFO, message);
    }

    @Override
    public void warn(String message) {
        LOG.log(Level.WARNING, message);
    }

    @Override
    public void error(String message) {
        LOG.log(Level.ERROR, message);
    }
}
