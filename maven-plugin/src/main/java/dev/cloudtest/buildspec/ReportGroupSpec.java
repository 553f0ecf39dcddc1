package dev.cloudtest.buildspec;

import java.util.List;

/**
 * A report group as the user configures it.
 *
 * @param name group name (CodeBuild makes it {@code <project>-<name>}) or a report-group ARN
 * @param baseDirectory directory the globs are relative to
 * @param files globs of report files, e.g. {@code TEST-*.xml}
 * @param fileFormat CodeBuild format token; JUNITXML when empty
 */
public record ReportGroupSpec(String name, String baseDirectory, List<String> files, String fileFormat) {
    public ReportGroupSpec {
        files = files == null || files.isEmpty() ? List.of("TEST-*.xml") : List.copyOf(files);
        fileFormat = fileFormat == null || fileFormat.isBlank() ? "JUNITXML" : fileFormat.trim();
    }
}
