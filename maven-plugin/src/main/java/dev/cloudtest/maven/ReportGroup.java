package dev.cloudtest.maven;

import dev.cloudtest.buildspec.ReportGroupSpec;
import java.util.List;

/**
 * A {@code <reportGroup>} of {@code cloudtest:generate-buildspec}: {@code name}, {@code baseDirectory},
 * {@code files} (globs, default {@code TEST-*.xml}) and {@code fileFormat} (default {@code JUNITXML}).
 */
public class ReportGroup {
    private String name;
    private String baseDirectory;
    private List<String> files;
    private String fileFormat;

    ReportGroupSpec toSpec() {
        return new ReportGroupSpec(name, baseDirectory, files, fileFormat);
    }
}
