package dev.cloudtest.buildspec;

import dev.cloudtest.core.Reporter;
import dev.cloudtest.core.ResultFiles;
import dev.cloudtest.core.UserFixableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code cloudtest:generate-buildspec}: generate, then write the file or (check mode) compare with it. */
public final class BuildspecGeneration {
    static final String RESULT_FILE = "generate-buildspec.json";

    private BuildspecGeneration() {}

    /**
     * What the goal did, as written to {@code target/cloudtest/generate-buildspec.json}.
     *
     * @param file the buildspec file
     * @param template the template used
     * @param outcome {@code written}, {@code unchanged}, {@code up-to-date} (check passed) or {@code drift}
     * @param fanoutParallelism shards of the batch fan-out, 0 without batch (the stage action must then be
     *     batch-enabled)
     * @param reportGroups the report group names declared
     */
    public record Result(
            String file, String template, String outcome, int fanoutParallelism, List<String> reportGroups) {}

    public static Result run(
            BuildspecRequest request, Path file, boolean check, Path outputDirectory, Reporter reporter) {
        BuildspecGenerator.Generated generated = BuildspecGenerator.generate(request);
        String label = request.baseDirectory
                .toAbsolutePath()
                .normalize()
                .relativize(file.toAbsolutePath().normalize())
                .toString();
        // A checkout with CRLF line ends (git autocrlf on Windows) is still the same file.
        String current = Files.isRegularFile(file) ? BuildspecFiles.read(file).replace("\r\n", "\n") : null;
        String outcome;
        if (check) {
            outcome = generated.text().equals(current) ? "up-to-date" : "drift";
        } else if (generated.text().equals(current)) {
            outcome = "unchanged";
        } else {
            ResultFiles.writeText(
                    file.toAbsolutePath().getParent(), file.getFileName().toString(), generated.text());
            outcome = "written";
        }
        Result result = new Result(
                file.toString(),
                generated.template(),
                outcome,
                generated.fanoutParallelism(),
                List.copyOf(generated.reportGroups()));
        ResultFiles.writeJson(outputDirectory, RESULT_FILE, result);
        if (outcome.equals("drift")) {
            throw new UserFixableException(
                    current == null
                            ? label + " does not exist. Generate it with: " + request.regenerateCommand
                            : label + " differs from what the configuration generates. Regenerate it with '"
                                    + request.regenerateCommand + "' and commit it.\n"
                                    + UnifiedDiff.of(
                                            label + " (on disk)", current, label + " (generated)", generated.text()));
        }
        reporter.info(
                switch (outcome) {
                    case "up-to-date" -> label + " is up to date with the configuration.";
                    case "unchanged" -> label + " is already up to date (template " + generated.template() + ").";
                    default -> "Wrote " + label + " from template " + generated.template() + ".";
                });
        if (generated.fanoutParallelism() > 0) {
            reporter.info("Batch fan-out with " + generated.fanoutParallelism() + " shards: start it as a batch build"
                    + " (the pipeline action needs BatchEnabled).");
        }
        return result;
    }
}
