package dev.cloudtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The package rules of ARCHITECTURE.md, checked on the source tree so a break fails the build. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/dev/cloudtest");

    @Test
    void onlyTheMavenPackageImportsMaven() {
        assertThat(filesImporting("org.apache.maven", "maven"))
                .as("classes outside dev.cloudtest.maven that import org.apache.maven")
                .isEmpty();
    }

    @Test
    void onlyTheAwsPackageImportsTheSdk() {
        assertThat(filesImporting("software.amazon.awssdk", "aws"))
                .as("classes outside dev.cloudtest.aws that import the AWS SDK")
                .isEmpty();
    }

    @Test
    void coreCodeNeverPrints() {
        Pattern print = Pattern.compile("System\\.(out|err)\\b");
        assertThat(javaFiles().filter(f -> print.matcher(read(f)).find()).toList())
                .as("classes that write to System.out/err instead of the Reporter")
                .isEmpty();
    }

    @Test
    void theRuleSeesTheSourceTree() {
        // Guards the two tests above against passing vacuously on a moved tree.
        assertThat(javaFiles().count()).isGreaterThan(5);
        assertThat(filesImporting("org.apache.maven", "no-such-package")).isNotEmpty();
    }

    private static List<Path> filesImporting(String prefix, String allowedPackage) {
        Pattern importLine = Pattern.compile("(?m)^import\\s+(static\\s+)?" + Pattern.quote(prefix) + "\\.");
        Path allowed = MAIN.resolve(allowedPackage);
        return javaFiles()
                .filter(f -> !f.startsWith(allowed))
                .filter(f -> importLine.matcher(read(f)).find())
                .toList();
    }

    private static Stream<Path> javaFiles() {
        try {
            return Files.walk(MAIN).filter(f -> f.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
