package dev.cloudtest.buildspec;

import dev.cloudtest.core.UserFixableException;
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
        if (name == null || name.isBlank()) {
            throw new UserFixableException("A <reportGroup> of <reportGroups> has no <name>: give each group a name"
                    + " (letters, digits, '-' and '_') or a report-group ARN.");
        }
        files = files == null || files.isEmpty()
                ? List.of("TEST-*.xml")
                : BuildspecRequest.entries(files, "reportGroup> " + name.trim() + " <files", "<file>");
        fileFormat = fileFormat == null || fileFormat.isBlank() ? "JUNITXML" : fileFormat.trim();
    }
}
