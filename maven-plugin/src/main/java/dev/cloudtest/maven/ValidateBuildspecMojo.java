package dev.cloudtest.maven;

import dev.cloudtest.buildspec.BuildspecValidation;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints buildspec files, hand-written or generated, against the CodeBuild format and its known pitfalls. Prints
 * every finding as {@code file:line: rule-id: message — fix}; fails on errors, and on warnings when asked. Works
 * without a POM; runs once per build.
 *
 * @since 0.1.0
 */
@Mojo(name = "validate-buildspec", aggregator = true, requiresProject = false, threadSafe = true)
public class ValidateBuildspecMojo extends AbstractBuildspecMojo {
    /**
     * Files to check; default: the project's buildspec.yml and integration_buildspec.yml, those present.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.buildspec.files")
    private List<File> files;

    /**
     * Fail on warnings too, not only on errors.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.buildspec.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.validate-buildspec.skip", defaultValue = "false")
    private boolean skip;

    @Override
    protected void run() {
        Path base = baseDirectory();
        List<Path> paths = files == null || files.isEmpty()
                ? BuildspecValidation.defaultFiles(base)
                : files.stream().map(f -> base.resolve(f.toPath())).toList();
        Path results = resultDirectory();
        BuildspecValidation.run(paths, base, codeBuildProject(), failOnWarning, results, reporter());
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
