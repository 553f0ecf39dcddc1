package dev.cloudtest.run;

import static dev.cloudtest.run.FakePipelines.action;
import static dev.cloudtest.run.FakePipelines.build;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.core.FakeTime;
import dev.cloudtest.core.RecordingReporter;
import dev.cloudtest.core.UserFixableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PipelineRunnerTest {
    private static final String BUILD_ID = "IntegrationProject:5a1b";
    private static final String REPORT =
            "arn:aws:codebuild:us-east-1:123456789012:report/IntegrationProject-failsafe:5a1b";
    private static final FailedTestCase REGISTRATION = new FailedTestCase(
            "com.example.RegistrationIT",
            "com.example.RegistrationIT",
            "redirectsToDashboardAfterRegistration",
            "FAILED",
            "expected: </register_user> but was: </dashboard>\n\tat com.example.RegistrationIT.redirects(RegistrationIT.java:42)");

    private final FakePipelines pipelines = new FakePipelines();
    private final FakeCodeBuild codeBuild = new FakeCodeBuild();
    private final FakeTime time = new FakeTime();
    private final RecordingReporter reporter = new RecordingReporter();
    private final PipelineRunner runner = new PipelineRunner(pipelines, codeBuild, time, reporter);

    @Test
    void aSuccessfulRunShowsEachStatusChangeOnceWithElapsedTime() {
        pipelines
                .then("InProgress", action("Source", 0, "InProgress"))
                .then("InProgress", action("Source", 0, "Succeeded"), action("Build", 1, "InProgress"))
                .then("InProgress", action("Source", 0, "Succeeded"), action("Build", 1, "InProgress"))
                .then("Succeeded", action("Source", 0, "Succeeded"), action("Build", 1, "Succeeded"));

        PipelineRun run = runner.run(request(Duration.ofMinutes(10)));

        assertThat(run.succeeded()).isTrue();
        assertThat(run.started()).isTrue();
        assertThat(run.executionId()).isEqualTo("exec-1");
        assertThat(run.stages())
                .extracting(StageRun::name, StageRun::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Source", "Succeeded"),
                        org.assertj.core.groups.Tuple.tuple("Build", "Succeeded"));
        assertThat(reporter.lines())
                .containsExactly(
                        "INFO Started pipeline shop execution exec-1 (waiting up to 10m00s)",
                        "INFO [0s] Source: InProgress",
                        "INFO [0s] execution: InProgress",
                        "INFO [5s] Source: Succeeded",
                        "INFO [5s] Build: InProgress",
                        "INFO [15s] Build: Succeeded",
                        "INFO [15s] execution: Succeeded",
                        // This pipeline has no integration stage: say so rather than pass silently.
                        "WARN No stage named IntegrationTest (cloudtest.stageName) ran in this execution, so no test"
                                + " results are shown. Stages that ran: Source, Build.");
        assertThat(codeBuild.calls).isEmpty();
        run.failUnlessSucceeded();
    }

    @Test
    void aFailedIntegrationStagePrintsTheFailingAssertionAndTheLogLink() {
        codeBuild.build(BUILD_ID, "FAILED", REPORT).report(REPORT, 12, List.of(REGISTRATION));
        pipelines
                .then(
                        "InProgress",
                        action("Deploy", 0, "Succeeded"),
                        build("IntegrationTest", 1, "InProgress", BUILD_ID))
                .then("Failed", action("Deploy", 0, "Succeeded"), build("IntegrationTest", 1, "Failed", BUILD_ID));

        PipelineRun run = runner.run(request(Duration.ofMinutes(10)));

        assertThat(run.succeeded()).isFalse();
        assertThat(run.integrationBuilds()).singleElement().satisfies(b -> {
            assertThat(b.buildId()).isEqualTo(BUILD_ID);
            assertThat(b.failingTotal()).isEqualTo(1);
            assertThat(b.failedTests()).containsExactly(REGISTRATION);
        });
        assertThat(reporter.text())
                .contains("ERROR IntegrationTest / Integration failed: Build terminated with state: FAILED")
                .contains(
                        "ERROR IntegrationTest / Integration: build IntegrationProject:5a1b FAILED, 1 of 12 test(s) failed")
                .contains(
                        "ERROR Failing tests (1):\nERROR   com.example.RegistrationIT.redirectsToDashboardAfterRegistration:"
                                + " expected: </register_user> but was: </dashboard>\n"
                                + "ERROR       at com.example.RegistrationIT.redirects(RegistrationIT.java:42)\n"
                                + "ERROR Log: https://logs/IntegrationProject:5a1b");
        assertThatThrownBy(run::failUnlessSucceeded)
                .isInstanceOf(UserFixableException.class)
                .hasMessage("Pipeline shop execution exec-1 ended Failed at stage IntegrationTest (Failed): 1 test(s)"
                        + " failed in IntegrationTest (listed above). Build log: https://logs/IntegrationProject:5a1b");
    }

    @Test
    void aPassingIntegrationStageSaysHowManyTestsRanWithoutListingCases() {
        codeBuild.build(BUILD_ID, "SUCCEEDED", REPORT).report(REPORT, 12, List.of());
        pipelines.then("Succeeded", build("IntegrationTest", 0, "Succeeded", BUILD_ID));

        PipelineRun run = runner.run(request(Duration.ofMinutes(1)));

        assertThat(reporter.lines())
                .contains(
                        "INFO IntegrationTest / Integration: build IntegrationProject:5a1b SUCCEEDED, 12 test(s), none"
                                + " failed");
        assertThat(codeBuild.calls).noneMatch(c -> c.startsWith("DescribeTestCases"));
        assertThat(run.integrationBuilds())
                .singleElement()
                .extracting(BuildFindings::failingTotal)
                .isEqualTo(0);
        run.failUnlessSucceeded();
    }

    @Test
    void aPassingIntegrationStageWithoutTestResultsIsWarnedAbout() {
        codeBuild.build(BUILD_ID, "SUCCEEDED");
        pipelines.then("Succeeded", build("IntegrationTest", 0, "Succeeded", BUILD_ID));

        runner.run(request(Duration.ofMinutes(1)));

        assertThat(reporter.text())
                .contains("WARN IntegrationTest / Integration: build IntegrationProject:5a1b SUCCEEDED, no test results"
                        + " (the build published no test report): did the integration tests run?");
    }

    @Test
    void aFailureInAnotherStageShowsTheActionErrorAndReadsNoReports() {
        pipelines.then(
                "Failed",
                action("Build", 0, "Succeeded"),
                new dev.cloudtest.run.ActionRun(
                        "Deploy",
                        "DeployStack",
                        "Failed",
                        null,
                        null,
                        "https://console/deploy",
                        "Stack update failed: ROLLBACK"));

        PipelineRun run = runner.run(request(Duration.ofMinutes(1)));

        assertThat(reporter.text())
                .contains("ERROR Deploy / DeployStack failed: Stack update failed: ROLLBACK (https://console/deploy)");
        assertThat(codeBuild.calls).isEmpty();
        assertThatThrownBy(run::failUnlessSucceeded)
                .hasMessage("Pipeline shop execution exec-1 ended Failed at stage Deploy (Failed): stage failed");
    }

    @Test
    void aBusyPipelineIsRetriedWithDoublingPauses() {
        pipelines.busyFor(2).then("Succeeded", action("Source", 0, "Succeeded"));

        PipelineRun run = runner.run(request(Duration.ofMinutes(10)));

        assertThat(run.succeeded()).isTrue();
        assertThat(pipelines.calls).filteredOn(c -> c.startsWith("Start")).hasSize(3);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    @Test
    void aPipelineBusyBeyondTheAttemptsFailsSayingWhatToDo() {
        pipelines.busyFor(10).then("Succeeded");

        assertThatThrownBy(() -> runner.run(request(Duration.ofMinutes(10))))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("Pipeline shop stayed busy after 3 attempt(s)")
                .hasMessageContaining("-Dcloudtest.execution=<id>");
        assertThat(pipelines.calls).filteredOn(c -> c.startsWith("Start")).hasSize(3);
    }

    @Test
    void theWaitEndsAtTheTimeoutAndSaysHowToFollowOn() {
        pipelines.then("InProgress", action("Deploy", 0, "InProgress"));

        PipelineRun run = runner.run(request(Duration.ofSeconds(12)));

        assertThat(run.timedOut()).isTrue();
        assertThat(run.status()).isEqualTo("InProgress");
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(2));
        assertThatThrownBy(run::failUnlessSucceeded)
                .hasMessage("Pipeline shop execution exec-1 is still InProgress at stage Deploy (InProgress) after 12s"
                        + " (cloudtest.wait.timeout). It keeps running: follow it with -Dcloudtest.execution=exec-1,"
                        + " or raise cloudtest.wait.timeout.");
    }

    @Test
    void followsAnExistingExecutionWithoutStartingOne() {
        pipelines.then("Succeeded", action("Source", 0, "Succeeded"));

        PipelineRun run = runner.run(new RunRequest(
                "shop", Optional.of("exec-9"), "IntegrationTest", Duration.ofMinutes(1), Duration.ofSeconds(5), 3));

        assertThat(run.started()).isFalse();
        assertThat(pipelines.calls).containsExactly("GetPipelineExecution exec-9");
        assertThat(reporter.lines().get(0))
                .isEqualTo("INFO Following pipeline shop execution exec-9 (waiting up to 1m00s)");
    }

    @Test
    void supersededAndStoppedRunsFailWithTheirMeaning() {
        pipelines.then("Superseded", action("Source", 0, "Succeeded"));
        assertThatThrownBy(() -> runner.run(request(Duration.ofMinutes(1))).failUnlessSucceeded())
                .hasMessageContaining("ended Superseded (a newer execution overtook it, so its result is unknown");

        FakePipelines stopped = new FakePipelines().then("Stopped", action("Source", 0, "Succeeded"));
        assertThatThrownBy(() -> new PipelineRunner(stopped, codeBuild, time, reporter)
                        .run(request(Duration.ofMinutes(1)))
                        .failUnlessSucceeded())
                .hasMessageContaining("ended Stopped (it was stopped before it finished)");
    }

    @Test
    void aQuietMinuteGetsAStillRunningLine() {
        pipelines.then("InProgress", action("Deploy", 0, "InProgress"));

        runner.run(new RunRequest(
                "shop", Optional.empty(), "IntegrationTest", Duration.ofSeconds(130), Duration.ofSeconds(30), 1));

        assertThat(reporter.lines())
                .filteredOn(l -> l.contains("still"))
                .containsExactly("INFO [1m00s] still InProgress (Deploy)", "INFO [2m00s] still InProgress (Deploy)");
    }

    @Test
    void manyFailingTestsAreCappedAndCounted() {
        List<FailedTestCase> many = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            many.add(new FailedTestCase("Suite", "", "test" + i, "FAILED", "boom " + i));
        }
        codeBuild.build(BUILD_ID, "FAILED", REPORT).report(REPORT, 80, many);
        pipelines.then("Failed", build("IntegrationTest", 0, "Failed", BUILD_ID));

        PipelineRun run = runner.run(request(Duration.ofMinutes(1)));

        assertThat(run.integrationBuilds().get(0).failedTests()).hasSize(FailingTestsFinder.MAX_CASES);
        assertThat(reporter.text())
                .contains("ERROR Failing tests (70):")
                .contains("ERROR   Suite.test49: boom 49")
                .doesNotContain("Suite.test50")
                .contains("ERROR   ...and 20 more failing tests");
    }

    @Test
    void aBuildCodeBuildNoLongerKnowsIsAWarningNotACrash() {
        pipelines.then("Failed", build("IntegrationTest", 0, "Failed", "IntegrationProject:expired"));

        PipelineRun run = runner.run(request(Duration.ofMinutes(1)));

        assertThat(run.integrationBuilds()).isEmpty();
        assertThat(reporter.text())
                .contains(
                        "WARN Action Integration points at build IntegrationProject:expired, which CodeBuild does not know");
    }

    private static RunRequest request(Duration timeout) {
        return new RunRequest("shop", Optional.empty(), "IntegrationTest", timeout, Duration.ofSeconds(5), 3);
    }
}
