package dev.cloudtest.reports;

import dev.cloudtest.core.Reporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the report files alone cannot show, checked against {@link TestRuns}: report files left over from an
 * earlier run, a Failsafe run that did not complete (a crashed or timed-out fork), a fork that left a dump, and a
 * module where Failsafe is bound but no integration test ran. Each problem is a sentence that leads with the fix.
 */
final class RunChecks {
    private final TestRuns runs;
    private final Reporter reporter;

    RunChecks(TestRuns runs, Reporter reporter) {
        this.runs = runs;
        this.reporter = reporter;
    }

    /**
     * The files of this build's test run. Where a reports folder holds files written during this build, older
     * files there are leftovers of an earlier run (no {@code clean}): named in a warning and left out. A folder
     * with nothing from this build is read whole: the tests ran in an earlier invocation ({@code mvn verify}, then
     * {@code mvn cloudtest:verify}), and its files are the latest run's.
     */
    List<Path> fresh(List<Path> files) {
        if (runs.includeStaleReports()) {
            return files;
        }
        Instant cutoff = cutoff();
        List<Path> fresh = new ArrayList<>();
        List<Path> stale = new ArrayList<>();
        for (Path file : files) {
            boolean old = modified(file).isBefore(cutoff);
            if (old && folderHasFreshFiles(file, files)) {
                stale.add(file);
            } else {
                fresh.add(file);
            }
        }
        if (!stale.isEmpty()) {
            reporter.warn(stale.size() + " report file" + (stale.size() == 1 ? " is" : "s are")
                    + " older than this build and left out of the verdict (leftovers of an earlier run; run 'mvn"
                    + " clean verify', or set -Dcloudtest.includeStaleReports=true to count them): "
                    + names(stale));
        }
        return fresh;
    }

    /** Whether the reports folder of {@code file} got any file (report or summary) during this build. */
    private boolean folderHasFreshFiles(Path file, List<Path> files) {
        Path folder = folderOf(file);
        Instant cutoff = cutoff();
        if (files.stream()
                .anyMatch(f -> folderOf(f).equals(folder) && !modified(f).isBefore(cutoff))) {
            return true;
        }
        return runs.failsafeSummaries().stream()
                .anyMatch(s -> Files.isRegularFile(s)
                        && folder.equals(folderOf(s))
                        && !modified(s).isBefore(cutoff));
    }

    /** The configured reports folder a file lies in (or its parent when it is in none). */
    private Path folderOf(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return runs.forkDirectories().stream()
                .map(d -> d.toAbsolutePath().normalize())
                .filter(absolute::startsWith)
                .findFirst()
                .orElse(absolute.getParent());
    }

    /** Whether a report file is one of Failsafe's (counted as integration tests). */
    boolean isIntegrationReport(Path file) {
        return underAny(file, runs.integrationTestDirectories());
    }

    List<String> reasons(int integrationTests) {
        List<String> reasons = new ArrayList<>();
        for (Path file : runs.failsafeSummaries()) {
            summaryReason(file).ifPresent(reasons::add);
        }
        List<Path> dumps = crashDumps();
        if (!dumps.isEmpty()) {
            // Surefire also writes .dump files for warnings that are no crash, so they are named, not a verdict:
            // a crash that matters shows in Failsafe's summary (above) or fails Surefire's own run.
            reporter.warn("A forked test JVM left dump files during this build: " + names(dumps) + ". If a fork"
                    + " crashed (System.exit in a test, or out of memory: raise it with <argLine>-Xmx1g</argLine>),"
                    + " they say why.");
        }
        if (runs.failIfNoIntegrationTests()
                && !runs.integrationTestDirectories().isEmpty()) {
            if (integrationTests == 0) {
                reasons.add(noIntegrationTests());
            }
        }
        return reasons;
    }

    private java.util.Optional<String> summaryReason(Path file) {
        if (!Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        if (!runs.includeStaleReports() && modified(file).isBefore(cutoff()) && folderHasFreshReports(file)) {
            reporter.warn(file + " is older than this build's reports and left out (a leftover of an earlier run).");
            return java.util.Optional.empty();
        }
        FailsafeSummary summary;
        try {
            summary = FailsafeSummary.read(file);
        } catch (IOException e) {
            return java.util.Optional.of("Failsafe's summary " + file + " cannot be read (" + e.getMessage()
                    + "); delete it and run the integration tests again.");
        }
        if (!summary.runBroken()) {
            return java.util.Optional.empty();
        }
        String words =
                summary.failureMessage() == null || summary.failureMessage().isBlank()
                        ? ""
                        : ": \""
                                + LogLines.firstLines(summary.failureMessage(), 1)
                                        .replaceFirst("^[\\w.$]+(Exception|Error): ", "")
                                + "\"";
        String fix = summary.timeout()
                ? " Raise Failsafe's forkedProcessTimeoutInSeconds, or find the test that hangs."
                : summary.failureMessage() != null && summary.failureMessage().contains("terminated without properly")
                        ? " A test called System.exit, or the fork was killed (often for memory: raise it with"
                                + " <argLine>-Xmx1g</argLine>); Failsafe's *.dump / *.dumpstream files in "
                                + file.getParent() + " say more."
                        : " See Failsafe's output above.";
        return java.util.Optional.of("Failsafe's run did not complete (" + file.getFileName() + ": result "
                + summary.result() + (summary.timeout() ? ", timed out" : "") + ")" + words + "." + fix);
    }

    private List<Path> crashDumps() {
        List<Path> dumps = new ArrayList<>();
        Instant cutoff = cutoff();
        for (Path dir : runs.forkDirectories()) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> {
                            String name = f.getFileName().toString();
                            return name.endsWith(".dump") && Files.isRegularFile(f);
                        })
                        .filter(f -> runs.includeStaleReports() || !modified(f).isBefore(cutoff))
                        .forEach(dumps::add);
            } catch (IOException e) {
                // unreadable folder: nothing to add
            }
        }
        return dumps;
    }

    private String noIntegrationTests() {
        StringBuilder where = new StringBuilder();
        for (Path dir : runs.integrationTestDirectories()) {
            where.append(where.isEmpty() ? "" : "; ").append(dir);
            if (!Files.isDirectory(dir)) {
                where.append(" (missing)");
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                List<String> xml = files.map(f -> f.getFileName().toString())
                        .filter(n -> n.endsWith(".xml"))
                        .sorted()
                        .limit(5)
                        .toList();
                where.append(xml.isEmpty() ? " (no .xml file)" : " (holds " + xml + ", no test case from this build)");
            } catch (IOException e) {
                where.append(" (unreadable)");
            }
        }
        List<String> includes = runs.integrationTestIncludes().isEmpty()
                ? TestRuns.FAILSAFE_DEFAULT_INCLUDES
                : runs.integrationTestIncludes();
        return "No integration test ran, though Failsafe is bound in this module: name the test classes to match "
                + includes + " (Failsafe's includes), or configure <includes>. Looked in " + where
                + ". Unit tests do not count. If the module has no integration tests, set"
                + " -Dcloudtest.failIfNoIntegrationTests=false.";
    }

    private boolean folderHasFreshReports(Path summary) {
        Path folder = folderOf(summary);
        try (Stream<Path> files = Files.list(folder)) {
            Instant cutoff = cutoff();
            return files.anyMatch(f ->
                    f.getFileName().toString().endsWith(".xml") && !modified(f).isBefore(cutoff));
        } catch (IOException e) {
            return false;
        }
    }

    private Instant cutoff() {
        // File times have one-second resolution on some file systems.
        return runs.buildStart().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
    }

    private static boolean underAny(Path file, List<Path> directories) {
        Path absolute = file.toAbsolutePath().normalize();
        return directories.stream()
                .anyMatch(d -> absolute.startsWith(d.toAbsolutePath().normalize()));
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.MAX;
        }
    }

    private static String names(List<Path> files) {
        List<String> shown = files.stream().limit(5).map(Path::toString).toList();
        return String.join(", ", shown) + (files.size() > 5 ? " and " + (files.size() - 5) + " more" : "");
    }
}
