package dev.cloudtest.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudtest.core.RecordingReporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Failsafe's summary and the files' ages tell the gate beyond the reports' counts. */
class RunChecksTest {
    @TempDir
    Path dir;

    private final RecordingReporter reporter = new RecordingReporter();
    private final Instant buildStart = Instant.now().minusSeconds(60);

    private static final String CRASH =
            """
            <failsafe-summary result="254" timeout="false"><completed>0</completed><errors>0</errors>
            <failures>0</failures><failureMessage>org.apache.maven.surefire.booter.SurefireBooterForkException: The \
            forked VM terminated without properly saying goodbye. VM crash or System.exit called?
            Command was /bin/sh -c java -jar surefirebooter.jar</failureMessage></failsafe-summary>""";

    private RunChecks checks(Path summary, List<Path> itDirs) {
        return new RunChecks(
                new TestRuns(buildStart, false, List.of(summary), itDirs, List.of(), true, List.of(dir)), reporter);
    }

    private Path file(String name, String text, Instant modified) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    @Test
    void aCrashedForkFailsWithFailsafesOwnWordsAndTheFix() throws IOException {
        Path summary = file("failsafe-summary.xml", CRASH, Instant.now());

        List<String> reasons = checks(summary, List.of()).reasons(1);

        assertThat(reasons)
                .singleElement()
                .asString()
                .startsWith("Failsafe's run did not complete (failsafe-summary.xml: result 254): \"The forked VM"
                        + " terminated without properly saying goodbye. VM crash or System.exit called?\".")
                .contains("<argLine>-Xmx1g</argLine>")
                .doesNotContain("Command was");
    }

    @Test
    void aCleanOrFailingRunSaysNothingBeyondTheReports() throws IOException {
        Path ok = file(
                "failsafe-summary.xml",
                "<failsafe-summary result=\"null\" timeout=\"false\"><completed>2</completed>"
                        + "<failureMessage xsi:nil=\"true\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"/>"
                        + "</failsafe-summary>",
                Instant.now());
        assertThat(checks(ok, List.of()).reasons(2)).isEmpty();

        Files.writeString(
                ok,
                "<failsafe-summary result=\"255\" timeout=\"false\"><completed>2</completed>"
                        + "<failures>1</failures></failsafe-summary>");
        assertThat(checks(ok, List.of()).reasons(2))
                .as("test failures are the reports' to show")
                .isEmpty();
    }

    @Test
    void aTimeoutIsNamed() throws IOException {
        Path summary = file(
                "failsafe-summary.xml",
                "<failsafe-summary result=\"255\" timeout=\"true\"><completed>1</completed></failsafe-summary>",
                Instant.now());
        assertThat(checks(summary, List.of()).reasons(1))
                .singleElement()
                .asString()
                .contains("timed out")
                .contains("forkedProcessTimeoutInSeconds");
    }

    @Test
    void leftoversAreDroppedOnlyWhereThisBuildWroteReports() throws IOException {
        Path old = file("TEST-Old.xml", "<testsuite/>", buildStart.minusSeconds(3600));
        Path fresh = file("TEST-New.xml", "<testsuite/>", Instant.now());
        RunChecks checks = checks(dir.resolve("failsafe-summary.xml"), List.of(dir));

        assertThat(checks.fresh(List.of(old, fresh))).containsExactly(fresh);
        assertThat(reporter.text())
                .contains("1 report file is older than this build")
                .contains("TEST-Old.xml");

        // verify run on its own after an earlier `mvn verify`: nothing here is from this build, so all of it counts.
        assertThat(checks.fresh(List.of(old))).containsExactly(old);
    }

    @Test
    void noIntegrationTestWhereFailsafeIsBoundNamesThePatternsAndTheFolder() {
        List<String> reasons = checks(dir.resolve("failsafe-summary.xml"), List.of(dir.resolve("failsafe-reports")))
                .reasons(0);

        assertThat(reasons)
                .singleElement()
                .asString()
                .startsWith("No integration test ran, though Failsafe is bound in this module: name the test classes"
                        + " to match [**/IT*.java, **/*IT.java, **/*ITCase.java]")
                .contains("failsafe-reports (missing)")
                .endsWith("set -Dcloudtest.failIfNoIntegrationTests=false.");
    }

    @Test
    void dumpFilesAreNamedButAreNoVerdictOnTheirOwn() throws IOException {
        file("2026-12-03T10-00-00_100-jvmRun1.dump", "# Boot Manifest-JAR contains absolute paths", Instant.now());

        assertThat(checks(dir.resolve("failsafe-summary.xml"), List.of()).reasons(1))
                .isEmpty();
        assertThat(reporter.lines())
                .anyMatch(l -> l.startsWith("WARN A forked test JVM left dump files") && l.contains("jvmRun1.dump"));
    }
}
