package dev.cloudtest.buildspec;

import dev.cloudtest.core.Reporter;
import dev.cloudtest.core.ResultFiles;
import dev.cloudtest.core.UserFixableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code cloudtest:validate-buildspec}: lint files, report every finding, fail on errors (or warnings). */
public final class BuildspecValidation {
    static final String RESULT_FILE = "validate-buildspec.json";

    private BuildspecValidation() {}

    /** What the goal found, as written to {@code target/cloudtest/validate-buildspec.json}. */
    public record Result(List<String> files, int errors, int warnings, List<Finding> findings) {}

    /** The project's buildspec.yml and integration_buildspec.yml, those that exist. */
    public static List<Path> defaultFiles(Path baseDirectory) {
        return List.of(BuildspecFiles.CODEBUILD_DEFAULT_FILE_NAME, BuildspecFiles.DEFAULT_FILE_NAME).stream()
                .map(baseDirectory::resolve)
                .filter(Files::isRegularFile)
                .toList();
    }

    public static Result run(
            List<Path> files,
            Path baseDirectory,
            String projectName,
            boolean failOnWarning,
            Path outputDirectory,
            Reporter reporter) {
        if (files.isEmpty()) {
            throw new UserFixableException("No buildspec to validate: neither buildspec.yml nor "
                    + BuildspecFiles.DEFAULT_FILE_NAME + " is in " + baseDirectory
                    + ". Name the files with -Dcloudtest.buildspec.files=path/one.yml,path/two.yml.");
        }
        List<String> labels = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Path file : files) {
            String label = label(baseDirectory, file);
            labels.add(label);
            if (Files.isDirectory(file)) {
                throw new UserFixableException("cloudtest.buildspec.files: " + label + " is a directory; name the"
                        + " buildspec files in it, e.g. " + label + "/" + BuildspecFiles.CODEBUILD_DEFAULT_FILE_NAME
                        + ".");
            }
            ResultFiles.refuseSpecialInput(file, "cloudtest.buildspec.files");
            if (!Files.isRegularFile(file)) {
                throw new UserFixableException("cloudtest.buildspec.files: " + label + " does not exist.");
            }
            findings.addAll(BuildspecValidator.validate(label, BuildspecFiles.read(file), projectName));
        }
        int errors = (int) findings.stream().filter(Finding::isError).count();
        int warnings = findings.size() - errors;
        Result result = new Result(labels, errors, warnings, findings);
        ResultFiles.writeJson(outputDirectory, RESULT_FILE, result);
        findings.forEach(f -> {
            if (f.isError()) {
                reporter.error(f.toString());
            } else {
                reporter.warn(f.toString());
            }
        });
        String summary =
                "Validated " + String.join(", ", labels) + ": " + errors + " error(s), " + warnings + " warning(s).";
        if (errors > 0 || (failOnWarning && warnings > 0)) {
            throw new UserFixableException(summary
                    + (errors > 0
                            ? " Fix the errors listed above."
                            : " Fix the warnings, or drop -Dcloudtest.buildspec.failOnWarning=true."));
        }
        reporter.info(summary);
        return result;
    }

    private static String label(Path baseDirectory, Path file) {
        Path base = baseDirectory.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
    }
}
