package dev.cloudtest.maven;

import dev.cloudtest.buildspec.BuildspecValidation;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints buildspec files, hand-written or generated, against the CodeBuild format and its known pitfalls. Prints
 * every finding as {@code file:line: rule-id: message — fix}; fails on errors, and on warnings when asked.
 *
 * @since 0.1.0
 */
@Mojo(name = "validate-buildspec", threadSafe = true)
public class ValidateBuildspecMojo extends AbstractCloudtestMojo {
    /** Files to check; default: the project's buildspec.yml and integration_buildspec.yml, those present. @since 0.1.0 */
    @Parameter(property = "cloudtest.buildspec.files")
    private List<File> files;

    /** Fail on warnings too, not only on errors. @since 0.1.0 */
    @Parameter(property = "cloudtest.buildspec.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** CodeBuild project name, when known: report group names are checked against CodeBuild's limit. @since 0.1.0 */
    @Parameter(property = "cloudtest.buildspec.projectName")
    private String projectName;

    /** Skips this goal. @since 0.1.0 */
    @Parameter(property = "cloudtest.validate-buildspec.skip", defaultValue = "false")
    private boolean skip;

    @Override
    protected void run() {
        Path base = project.getBasedir().toPath();
        List<Path> paths = files == null || files.isEmpty()
                ? BuildspecValidation.defaultFiles(base)
                : files.stream().map(f -> base.resolve(f.toPath())).toList();
        BuildspecValidation.run(paths, base, projectName, failOnWarning, outputDirectory(), reporter());
    }

    @Override
    protected boolean goalSkipped() {
        return skip;
    }

    @Override
    protected String goalName() {
        return "validate-buildspec";
    }
}
