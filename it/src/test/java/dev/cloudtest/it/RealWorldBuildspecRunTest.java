package dev.cloudtest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.core.RecordingReporter;
import dev.cloudtest.core.TimeSource;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.runner.LocalBuild;
import dev.cloudtest.runner.ReportGroupResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * run-buildspec on the six real-world buildspecs the validate-buildspec IT lints (src/it/buildspec-handwritten), with
 * their tools (mvn, aws, gradlew, python, pip) stubbed: each stub writes the report files that tool would, so the
 * phases, report groups, artifacts and exported variables are exercised as a user's run would.
 */
class RealWorldBuildspecRunTest {
    private static final Path HANDWRITTEN = Path.of("src/it/buildspec-handwritten");

    @TempDir
    Path project;

    private List<String> log = new ArrayList<>();

    @Test
    void theClassicLabShapeBuildsItsJarArtifact() throws IOException {
        LocalBuild.Result result = run("buildspec.yml", "target/my-app-1.0-SNAPSHOT.jar", Map.of());

        assertThat(result.succeeded()).isTrue();
        assertThat(result.artifacts()).containsExactly("my-app-1.0-SNAPSHOT.jar");
        assertThat(log).anyMatch(l -> l.contains("stub aws --version"));
    }

    @Test
    void blockScalarsCarryTheirReportsThroughFinallyAndExportTheBuildStatus() throws IOException {
        LocalBuild.Result result = run(
                "ci/block-scalars.yml", "target/failsafe-reports/TEST-it.OrdersIT.xml", Map.of("API_TOKEN", "t0k3n"));

        assertThat(result.succeeded()).isTrue();
        assertThat(groups(result).get("it-tests").counts().tests()).isEqualTo(1);
        assertThat(result.exportedVariables()).containsExactly("IT_RESULT=1");
        assertThat(log)
                .anyMatch(l -> l.contains("stub mvn -B -ntp verify -Dit.endpoint=https://api.example.com: 443"))
                .anyMatch(l -> l.startsWith("WARN run-as: root is not applied locally"))
                .anyMatch(l -> l.startsWith("WARN proxy: is not applied locally"));
        assertThat(String.join("\n", log)).doesNotContain("t0k3n");
    }

    @Test
    void fiveReportGroupsAreEachResolvedAndReported() throws IOException {
        LocalBuild.Result result = run(
                "ci/five-report-groups.yml",
                "target/surefire-reports/TEST-a.UnitTest.xml target/failsafe-reports/TEST-a.OrderIT.xml"
                        + " smoke/testng-results.xml target/cucumber/cucumber.json target/site/cobertura/cobertura.xml",
                Map.of());

        assertThat(result.succeeded()).isTrue();
        Map<String, ReportGroupResult> groups = groups(result);
        assertThat(groups).hasSize(5);
        assertThat(groups.get("unit-tests").counts().tests()).isEqualTo(1);
        assertThat(groups.get("integration-tests").counts().tests()).isEqualTo(1);
        assertThat(groups.get("arn:aws:codebuild:eu-west-1:123456789012:report-group/shared-smoke-tests")
                        .files())
                .containsExactly("smoke/testng-results.xml");
        assertThat(groups.get("acceptance").files()).containsExactly("cucumber.json");
        assertThat(groups.get("coverage").fileFormat()).isEqualTo("COBERTURAXML");
    }

    @Test
    void gradleReportsAreFoundWithDoubleStarGlobs() throws IOException {
        Path gradlew = project.resolve("gradlew");
        Files.writeString(gradlew, stub("gradlew"));
        LocalBuild.Result result = run(
                "ci/gradle.yml",
                "build/test-results/test/TEST-a.GradleTest.xml build/reports/jacoco/test/jacocoTestReport.xml",
                Map.of());

        assertThat(result.succeeded()).isTrue();
        assertThat(groups(result).get("gradle-tests").files()).containsExactly("TEST-a.GradleTest.xml");
        assertThat(groups(result).get("gradle-coverage").files()).containsExactly("jacocoTestReport.xml");
    }

    @Test
    void pytestRunsWithItsParameterStoreValueFromTheEnvironment() throws IOException {
        LocalBuild.Result result = run("ci/pytest.yml", "reports/junit.xml", Map.of("DB_PASSWORD", "pw-from-env"));

        assertThat(result.succeeded()).isTrue();
        assertThat(groups(result).get("pytest_reports").counts().tests()).isEqualTo(1);
        assertThat(log).contains("INFO pytest finished, status 1");
    }

    @Test
    void aWindowsBuildspecSaysItsShellIsMissing() {
        assertThatThrownBy(() -> run("ci/powershell.yml", "", Map.of()))
                .hasMessageContaining("Cannot start the shell 'powershell.exe' (env.shell)")
                .isNotInstanceOf(UserFixableException.class);
    }

    private static Map<String, ReportGroupResult> groups(LocalBuild.Result result) {
        return result.reportGroups().stream().collect(Collectors.toMap(ReportGroupResult::name, Function.identity()));
    }

    private LocalBuild.Result run(String buildspec, String reports, Map<String, String> extraEnv) throws IOException {
        Path file = project.resolve(Path.of(buildspec).getFileName());
        Files.copy(HANDWRITTEN.resolve(buildspec), file);
        Path bin = Files.createDirectories(project.resolve("stub-bin"));
        for (String tool : List.of("mvn", "aws", "pip", "python", "dotnet")) {
            Path stub = bin.resolve(tool);
            Files.writeString(stub, stub(tool));
            Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwx------"));
        }
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("PATH", bin + ":" + env.get("PATH"));
        env.put("STUB_REPORTS", reports);
        env.putAll(extraEnv);
        RecordingReporter reporter = new RecordingReporter();
        log = reporter.lines();
        return new LocalBuild(reporter, TimeSource.system())
                .run(new LocalBuild.Request(
                        file,
                        project,
                        project.resolve("target/cloudtest"),
                        Duration.ofMinutes(1),
                        null,
                        null,
                        env,
                        null,
                        null));
    }

    /** A tool that says how it was called and writes the report files the test expects of it. */
    private static String stub(String tool) {
        return "#!/usr/bin/env bash\n"
                + "echo \"stub " + tool + " $*\"\n"
                + "for f in $STUB_REPORTS; do mkdir -p \"$(dirname \"$f\")\"\n"
                + "  printf '%s' '<testsuite name=\"s\"><testcase classname=\"stub.T\" name=\"ok\"/></testsuite>' > \"$f\"\n"
                + "done\n";
    }
}
