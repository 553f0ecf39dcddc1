package dev.cloudtest.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

/** Every message reaches Maven's log with secrets masked and control characters escaped (its own LF kept). */
class MavenReporterTest {
    private final List<String> printed = new ArrayList<>();
    private final MavenReporter reporter = new MavenReporter(new SystemStreamLog() {
        @Override
        public void info(CharSequence content) {
            printed.add("[INFO] " + content);
        }

        @Override
        public void error(CharSequence content) {
            printed.add("[ERROR] " + content);
        }
    });

    @Test
    void aKeyInAMessageIsMaskedAndItsControlCharactersEscaped() {
        reporter.error("Cannot use AKIAIOSFODNN7EXAMPLE\r[INFO] BUILD SUCCESS\u001b[2J");

        assertThat(printed).containsExactly("[ERROR] Cannot use ****\\r[INFO] BUILD SUCCESS\\u001b[2J");
    }

    @Test
    void aMessageLaidOutOverLinesKeepsItsLines() {
        reporter.info("Planned change:\n-   \"a\" : 1\n+   \"a\" : 2");

        assertThat(printed).containsExactly("[INFO] Planned change:\n-   \"a\" : 1\n+   \"a\" : 2");
    }

    @Test
    void aFailureMessageIsMaskedAndEscapedLikeALogLine() {
        var failure = MavenFailures.of(
                "add-stage",
                new dev.cloudtest.core.UserFixableException(
                        "pipeline.json: value wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\r\u2028[INFO] BUILD SUCCESS"),
                new SystemStreamLog());

        assertThat(failure.getMessage()).isEqualTo("pipeline.json: value ****\\r\\u2028[INFO] BUILD SUCCESS");
    }
}
