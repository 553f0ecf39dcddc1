package dev.cloudtest.reports;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What the test plugins of this build say beyond their report files, taken from the Maven model by the goal:
 * where Failsafe writes its summary and reports, what it runs, and when this build started.
 *
 * @param buildStart report files and summaries older than this are leftovers of an earlier run
 * @param includeStaleReports read leftovers anyway (the behaviour before 0.1.0)
 * @param failsafeSummaries Failsafe's {@code failsafe-summary.xml} files (one per execution), present or not
 * @param integrationTestDirectories Failsafe's reports folders; empty when Failsafe is not bound in the module
 * @param integrationTestIncludes Failsafe's include patterns, for the "no integration test ran" message
 * @param failIfNoIntegrationTests zero integration tests fails the gate where Failsafe is bound
 * @param forkDirectories folders where Surefire and Failsafe leave a crashed fork's dump files
 */
public record TestRuns(
        Instant buildStart,
        boolean includeStaleReports,
        List<Path> failsafeSummaries,
        List<Path> integrationTestDirectories,
        List<String> integrationTestIncludes,
        boolean failIfNoIntegrationTests,
        List<Path> forkDirectories) {

    /** Failsafe's own include patterns, when the POM gives none. */
    public static final List<String> FAILSAFE_DEFAULT_INCLUDES =
            List.of("**/IT*.java", "**/*IT.java", "**/*ITCase.java");

    /** Nothing known beyond the report files (no Maven model): the gate judges the reports alone. */
    public static TestRuns unknown() {
        return new TestRuns(Instant.EPOCH, true, List.of(), List.of(), List.of(), false, List.of());
    }

    public TestRuns {
        failsafeSummaries = List.copyOf(failsafeSummaries);
        integrationTestDirectories = List.copyOf(integrationTestDirectories);
        integrationTestIncludes = List.copyOf(integrationTestIncludes);
        forkDirectories = List.copyOf(forkDirectories);
    }
}
