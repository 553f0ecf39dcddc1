package dev.cloudtest.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFileFinderTest {
    @TempDir
    Path dir;

    @Test
    void defaultPatternTakesTopLevelTestFilesAndNeverSummariesOrText() throws IOException {
        Path failsafe = dir.resolve("failsafe-reports");
        touch(failsafe.resolve("TEST-a.OneIT.xml"));
        touch(failsafe.resolve("TEST-b.TwoIT.xml"));
        touch(failsafe.resolve("failsafe-summary.xml"));
        touch(failsafe.resolve("a.OneIT.txt"));
        touch(failsafe.resolve("nested/TEST-deep.xml"));

        List<Path> found =
                ReportFileFinder.find(List.of(failsafe, dir.resolve("surefire-reports")), List.of("TEST-*.xml"));

        assertThat(found).containsExactly(failsafe.resolve("TEST-a.OneIT.xml"), failsafe.resolve("TEST-b.TwoIT.xml"));
    }

    @Test
    void doubleStarPatternMatchesAtEveryDepthIncludingTheTop() throws IOException {
        touch(dir.resolve("junit.xml"));
        touch(dir.resolve("web/junit-web.xml"));
        touch(dir.resolve("web/deep/junit-deep.xml"));
        touch(dir.resolve("web/testng-results.xml"));
        touch(dir.resolve("web/other.xml"));

        List<Path> found =
                ReportFileFinder.find(List.of(dir), List.of("TEST-*.xml", "**/junit*.xml", "**/testng-*.xml"));

        assertThat(found)
                .containsExactly(
                        dir.resolve("junit.xml"),
                        dir.resolve("web/deep/junit-deep.xml"),
                        dir.resolve("web/junit-web.xml"));
    }

    @Test
    void missingDirectoriesAndOverlapsAreFine() throws IOException {
        touch(dir.resolve("r/TEST-x.xml"));

        List<Path> found = ReportFileFinder.find(
                List.of(dir.resolve("r"), dir.resolve("r"), dir.resolve("missing")), List.of("TEST-*.xml"));

        assertThat(found).containsExactly(dir.resolve("r/TEST-x.xml"));
    }

    private static void touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<testsuite/>");
    }
}
