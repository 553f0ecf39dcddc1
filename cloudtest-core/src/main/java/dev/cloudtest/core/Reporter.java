package dev.cloudtest.core;

/**
 * The sink core code reports through; core code never prints. The Maven side adapts it to Maven's {@code Log},
 * tests record it.
 */
public interface Reporter {
    void debug(String message);

    void info(String message);

    void warn(String message);

    void error(String message);

    /** A reporter that drops everything. */
    static Reporter silent() {
        return new Reporter() {
            @Override
            public void debug(String message) {}

            @Override
            public void info(String message) {}

            @Override
            public void warn(String message) {}

            @Override
            public void error(String message) {}
        };
    }
}
