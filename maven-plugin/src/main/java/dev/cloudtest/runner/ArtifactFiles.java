package dev.cloudtest.runner;

import dev.cloudtest.core.EnvironmentException;
import dev.cloudtest.core.Reporter;
import dev.cloudtest.core.ResultFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The {@code artifacts:} section as CodeBuild would upload it: the files matched under base-directory (minus
 * exclude-paths), listed, and zipped to a local folder when asked, with discard-paths flattening the entries.
 */
final class ArtifactFiles {
    record Listing(List<String> files, Path zip) {}

    private final Reporter reporter;

    ArtifactFiles(Reporter reporter) {
        this.reporter = reporter;
    }

    Listing collect(LocalBuildspec.Artifacts artifacts, Path sourceDirectory, Path zipDirectory) {
        if (!artifacts.declared()) {
            return new Listing(List.of(), null);
        }
        Path base = artifacts.baseDirectory() == null
                ? sourceDirectory
                : sourceDirectory.resolve(artifacts.baseDirectory()).normalize();
        BuildspecPaths.Match match =
                BuildspecPaths.find(base, artifacts.files(), artifacts.excludePaths(), "artifacts.files");
        List<String> names = match.files().stream()
                .map(f -> entryName(base, f, artifacts.discardPaths()))
                .toList();
        if (names.isEmpty()) {
            reporter.warn("artifacts: no file in " + base + " matches " + artifacts.files()
                    + "; CodeBuild would fail the UPLOAD_ARTIFACTS phase (CLIENT_ERROR: no matching artifact paths).");
            return new Listing(names, null);
        }
        reporter.info("Artifacts: " + names.size() + " file(s) from " + base);
        names.stream().limit(50).forEach(n -> reporter.info("  " + n));
        if (zipDirectory == null) {
            return new Listing(names, null);
        }
        return new Listing(names, zip(base, match.files(), artifacts, zipDirectory));
    }

    private Path zip(Path base, List<Path> files, LocalBuildspec.Artifacts artifacts, Path zipDirectory) {
        String name = artifacts.name() == null || !artifacts.name().matches("[A-Za-z0-9._-]{1,100}")
                ? "artifacts"
                : artifacts.name();
        Path target = zipDirectory.resolve(name + ".zip");
        ResultFiles.checkWritable(target, "cloudtest.runBuildspec.artifactsDirectory");
        try {
            Files.createDirectories(zipDirectory);
            Path temp = Files.createTempFile(zipDirectory, name, ".zip.tmp");
            try (OutputStream out = Files.newOutputStream(temp);
                    ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Path file : files) {
                    zip.putNextEntry(new ZipEntry(entryName(base, file, artifacts.discardPaths())));
                    Files.copy(file, zip);
                    zip.closeEntry();
                }
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            reporter.info("Artifacts zipped to " + target);
            return target;
        } catch (IOException e) {
            throw new EnvironmentException("Cannot zip the artifacts into " + zipDirectory + ": " + e.getMessage(), e);
        }
    }

    private static String entryName(Path base, Path file, boolean discardPaths) {
        return discardPaths
                ? file.getFileName().toString()
                : base.relativize(file).toString().replace('\\', '/');
    }
}
