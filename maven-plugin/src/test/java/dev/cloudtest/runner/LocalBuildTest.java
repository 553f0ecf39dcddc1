package dev.cloudtest.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.core.RecordingReporter;
import dev.cloudtest.core.TimeSource;
import dev.cloudtest.core.UserFixableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** run-buildspec end to end on real buildspecs, under bash: what a user sees in the log and the result. */
class LocalBuildTest {
    @TempDir
    Path dir;

    private final RecordingReporter reporter = new RecordingReporter();

    private LocalBuild.Result run(String buildspec) throws IOException {
        return run(buildspec, Duration.ofMinutes(1), Map.of());
    }

    private LocalBuild.Result run(String buildspec, Duration phaseTimeout, Map<String, String> extraEnv)
            throws IOException {
        Path file = dir.resolve("integration_buildspec.yml");
        Files.writeString(file, buildspec);
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putAll(extraEnv);
        return new LocalBuild(reporter, TimeSource.system())
                .run(new LocalBuild.Request(
                        file,
                        dir,
                        dir.resolve("target/cloudtest"),
                        phaseTimeout,
                        dir.resolve("artifacts"),
                        dir.resolve("cache"),
                        env,
                        "0123456789abcdef0123456789abcdef01234567",
                        null));
    }

    private static final String REPORT =
            "      - mkdir -p target/failsafe-reports && printf '%s' '<testsuite name=\"s\">"
                    + "<testcase classname=\"a.OrderIT\" name=\"confirms\"/></testsuite>' > target/failsafe-reports/TEST-a.xml\n";

    @Test
    void directoryAndExportedVariablesCarryOverBetweenCommandsAndPhasesAsInVersion02() throws IOException {
        LocalBuild.Result result = run(
                """
                version: 0.2
                env:
                  variables:
                    LITERAL: "$HOME/not-expanded"
                  exported-variables:
                    - STAGE_RESULT
                phases:
                  install:
                    commands:
                      - mkdir -p work && cd work
                      - export STAGE_RESULT=installed
                  build:
                    commands:
                      - echo "in=$(basename "$PWD") result=$STAGE_RESULT literal=$LITERAL commit=$CODEBUILD_RESOLVED_SOURCE_VERSION"
                """);

        assertThat(result.succeeded()).isTrue();
        assertThat(reporter.lines())
                .contains("INFO in=work result=installed literal=$HOME/not-expanded"
                        + " commit=0123456789abcdef0123456789abcdef01234567");
        assertThat(result.exportedVariables()).containsExactly("STAGE_RESULT=installed");
        assertThat(result.phases())
                .extracting(BuildspecRunner.PhaseResult::status)
                .containsExactly("SUCCEEDED", "SUCCEEDED");
    }

    @Test
    void aFailedBuildStillRunsFinallyAndPostBuildWithBuildSucceedingZeroAndFailsTheRun() throws IOException {
        assertThatThrownBy(
                        () -> run(
                                """
                        version: 0.2
                        phases:
                          build:
                            commands:
                              - exit 3
                              - echo never
                            finally:
                              - echo "finally succeeding=$CODEBUILD_BUILD_SUCCEEDING"
                          post_build:
                            commands:
                              - echo "post succeeding=$CODEBUILD_BUILD_SUCCEEDING"
                        """))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("phase BUILD FAILED: 'exit 3' (exit status 3)");
        assertThat(reporter.lines())
                .contains("INFO finally succeeding=0", "INFO post succeeding=0")
                .doesNotContain("INFO never")
                .anyMatch(l -> l.contains("Phase context status code: COMMAND_EXECUTION_ERROR Message: Error while"
                        + " executing command: exit 3. Reason: exit status 3"));
    }

    @Test
    void aFailedInstallSkipsTheLaterPhasesUnlessItSaysContinue() throws IOException {
        assertThatThrownBy(
                        () -> run(
                                """
                        version: 0.2
                        phases:
                          install:
                            commands:
                              - "false"
                          build:
                            commands:
                              - echo build-ran
                        """))
                .isInstanceOf(UserFixableException.class);
        assertThat(reporter.lines()).noneMatch(l -> l.contains("build-ran"));

        assertThatThrownBy(
                        () -> run(
                                """
                        version: 0.2
                        phases:
                          install:
                            on-failure: CONTINUE
                            commands:
                              - "false"
                          build:
                            commands:
                              - echo build-ran
                        """))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("phase INSTALL FAILED");
        assertThat(reporter.lines()).contains("INFO build-ran");
    }

    @Test
    void retryRunsThePhaseAgain() throws IOException {
        LocalBuild.Result result = run(
                """
                version: 0.2
                phases:
                  build:
                    on-failure: RETRY-2
                    commands:
                      - echo x >> attempts.txt
                      - test "$(wc -l < attempts.txt)" -ge 3
                """);
        assertThat(result.succeeded()).isTrue();
        assertThat(result.phases().get(0).attempts()).isEqualTo(3);
    }

    @Test
    @Timeout(30)
    void aPhaseThatOverrunsItsTimeoutHasItsProcessTreeKilled() throws Exception {
        long start = System.nanoTime();
        assertThatThrownBy(() -> run(
                        """
                        version: 0.2
                        phases:
                          build:
                            commands:
                              - (sleep 4; echo child-survived > survived.txt) & sleep 60
                        """,
                        Duration.ofSeconds(2),
                        Map.of()))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("phase BUILD TIMED_OUT")
                .hasMessageContaining("phase timed out after 2 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        Thread.sleep(4_000); // the background child would have written its file by now
        assertThat(dir.resolve("survived.txt")).doesNotExist();
    }

    @Test
    void aReportGroupWithAWrongBaseDirectoryFailsNamingThePathLookedAt() throws IOException {
        assertThatThrownBy(
                        () -> run(
                                """
                        version: 0.2
                        phases:
                          build:
                            commands:
                        """
                                        + REPORT
                                        + """
                        reports:
                          integration-tests:
                            files:
                              - "TEST-*.xml"
                            base-directory: target/failsafe-report
                        """))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("report group integration-tests: " + dir.resolve("target/failsafe-report")
                        + " does not exist; in CodeBuild this report would be INCOMPLETE");
    }

    @Test
    void aReportLeftOverFromAnEarlierRunDoesNotMakeABuildThatWroteNoneGreen() throws IOException {
        Path stale = dir.resolve("target/failsafe-reports/TEST-old.xml");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "<testsuite name=\"s\"><testcase classname=\"a.OldIT\" name=\"passed\"/></testsuite>");
        Files.setLastModifiedTime(
                stale,
                java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));

        assertThatThrownBy(
                        () -> run(
                                """
                        version: 0.2
                        phases:
                          build:
                            commands:
                              - echo "the tests did not run"
                        reports:
                          integration-tests:
                            files: ["TEST-*.xml"]
                            base-directory: target/failsafe-reports
                        """))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("matching [TEST-*.xml] was written by this build");
        assertThat(reporter.lines())
                .anyMatch(l -> l.startsWith("WARN reports.integration-tests: " + stale + " is older than this build"));
    }

    @Test
    void reportGroupsAreReadWithTheGateAndFailingTestsFailTheRun() throws IOException {
        LocalBuild.Result passing = run(
                """
                version: 0.2
                phases:
                  build:
                    commands:
                """
                        + REPORT
                        + """
                reports:
                  integration-tests:
                    files:
                      - "**/*"
                    base-directory: target/failsafe-reports
                """);
        assertThat(passing.reportGroups()).singleElement().satisfies(g -> {
            assertThat(g.files()).containsExactly("TEST-a.xml");
            assertThat(g.counts().tests()).isEqualTo(1);
        });

        assertThatThrownBy(
                        () -> run(
                                """
                        version: 0.2
                        phases:
                          build:
                            commands:
                              - mkdir -p r && printf '%s' '<testsuite name="s"><testcase classname="a.LoginIT" name="lands"><failure message="expected /dashboard but was /register_user"/></testcase></testsuite>' > r/TEST-b.xml
                        reports:
                          it:
                            files: ["TEST-*.xml"]
                            base-directory: r
                        """))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("report group it: 1 failed and 0 errored test(s)");
        assertThat(reporter.lines())
                .anyMatch(l -> l.contains("a.LoginIT.lands: expected /dashboard but was /register_user"));
    }

    @Test
    void artifactsAreZippedAndTheCacheServesTheSecondRun() throws IOException {
        String spec =
                """
                version: 0.2
                phases:
                  build:
                    commands:
                      - mkdir -p out deps && echo jar > out/app.jar && echo tmp > out/x.tmp
                      - test -f deps/lib.jar || echo downloaded > deps/lib.jar
                artifacts:
                  files:
                    - "**/*"
                  base-directory: out
                  exclude-paths:
                    - "*.tmp"
                cache:
                  paths:
                    - "deps/**/*"
                """;
        LocalBuild.Result first = run(spec);
        assertThat(first.artifacts()).containsExactly("app.jar");
        assertThat(dir.resolve("artifacts/artifacts.zip")).isRegularFile();
        assertThat(first.cache().savedFiles()).isEqualTo(1);

        Files.delete(dir.resolve("deps/lib.jar"));
        LocalBuild.Result second = run(spec);
        assertThat(second.cache().restoredFiles()).isEqualTo(1);
        assertThat(second.cache().savedFiles()).isZero();
    }

    @Test
    void secretReferencesAreRefusedUnlessTheEnvironmentHasThem() throws IOException {
        String spec =
                """
                version: 0.2
                env:
                  parameter-store:
                    DB_PASSWORD: /ci/it/db-password
                phases:
                  build:
                    commands:
                      - test -n "$DB_PASSWORD"
                """;
        assertThatThrownBy(() -> run(spec))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("env.parameter-store.DB_PASSWORD is read from AWS in CodeBuild")
                .hasMessageContaining("Export DB_PASSWORD")
                .hasMessageContaining("-Dcloudtest.runBuildspec.resolveSecrets=true");

        LocalBuild.Result result = run(spec, Duration.ofMinutes(1), Map.of("DB_PASSWORD", "s3cr3t-value"));
        assertThat(result.succeeded()).isTrue();
        assertThat(reporter.text()).doesNotContain("s3cr3t-value");
    }

    @Test
    void whenAskedSecretReferencesAreReadFromTheSecretSourceAndNeverPrinted() throws IOException {
        Path file = dir.resolve("integration_buildspec.yml");
        Files.writeString(
                file,
                """
                version: 0.2
                env:
                  parameter-store:
                    DB_PASSWORD: /ci/it/db-password
                  secrets-manager:
                    API_TOKEN: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:ci/it-AbCdEf:token::v7"
                phases:
                  build:
                    commands:
                      - printf '%s|%s' "$DB_PASSWORD" "$API_TOKEN" > seen.txt
                """);
        java.util.List<String> asked = new java.util.ArrayList<>();
        SecretSource secrets = new SecretSource() {
            @Override
            public String parameter(String name) {
                asked.add("ssm " + name);
                return "p4ss-from-ssm";
            }

            @Override
            public String secret(String secretId, String jsonKey, String versionStage, String versionId) {
                asked.add("sm " + secretId + " key=" + jsonKey + " stage=" + versionStage + " id=" + versionId);
                return "t0ken-from-sm";
            }
        };
        LocalBuild.Result result = new LocalBuild(reporter, TimeSource.system())
                .run(new LocalBuild.Request(
                        file,
                        dir,
                        dir.resolve("target/cloudtest"),
                        Duration.ofMinutes(1),
                        null,
                        null,
                        Map.copyOf(System.getenv()),
                        null,
                        secrets));

        assertThat(result.succeeded()).isTrue();
        assertThat(dir.resolve("seen.txt")).hasContent("p4ss-from-ssm|t0ken-from-sm");
        assertThat(asked)
                .containsExactly(
                        "ssm /ci/it/db-password",
                        "sm arn:aws:secretsmanager:eu-west-1:123456789012:secret:ci/it-AbCdEf key=token stage=null"
                                + " id=v7");
        assertThat(reporter.text()).doesNotContain("p4ss-from-ssm").doesNotContain("t0ken-from-sm");
        assertThat(Files.readString(dir.resolve("target/cloudtest/run-buildspec-result.json")))
                .doesNotContain("p4ss-from-ssm")
                .doesNotContain("t0ken-from-sm");
    }

    @Test
    void aPhaseThatIsNotCodeBuildsIsRefusedBeforeAnythingRuns() throws IOException {
        assertThatThrownBy(
                        () -> run(
                                """
                        version: 0.2
                        phases:
                          test:
                            commands:
                              - touch ran.txt
                        """))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("phases.test is not a CodeBuild phase");
        assertThat(dir.resolve("ran.txt")).doesNotExist();
        assertThat(List.of(dir.toFile().list())).doesNotContain("ran.txt");
    }
}
