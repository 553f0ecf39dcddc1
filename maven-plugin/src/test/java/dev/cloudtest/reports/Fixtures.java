package dev.cloudtest.reports;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths of the hand-written report fixtures under {@code src/test/resources/reports}. */
final class Fixtures {
    private Fixtures() {}

    static Path report(String relative) {
        try {
            return Path.of(Fixtures.class.getResource("/reports/" + relative).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static FileReport read(String relative) {
        return new ReportReader().read(report(relative));
    }
}
