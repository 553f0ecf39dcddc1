package dev.cloudtest.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.core.RecordingReporter;
import dev.cloudtest.core.UserFixableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's deploy command: environment not interpolation, streaming, masking, "no changes" exits, the key. */
class DeployCommandTest {
    @TempDir
    Path tmp;

    private final RecordingReporter reporter = new RecordingReporter();

    private void run(DeployCommand command, String stackName) {
        command.run(tmp.toFile(), Map.of("CLOUDTEST_STACK_NAME", stackName), Duration.ofSeconds(30), reporter);
    }

    @Test
    void theStackNameArrivesAsAnEnvironmentVariableNeverAsShellText() throws Exception {
        String hostile = "x$(touch pwned);touch pwned2`touch pwned3`";

        run(DeployCommand.of("printf 'stack=%s\\n' \"$CLOUDTEST_STACK_NAME\"", null), hostile);

        assertThat(reporter.lines()).contains("INFO [deploy] stack=" + hostile);
        assertThat(Files.list(tmp)).isEmpty();
    }

    @Test
    void anArgumentListRunsWithoutAShell() {
        run(DeployCommand.of(null, List.of("sh", "-c", "echo args:$CLOUDTEST_STACK_NAME; echo second line")), "s-01");

        assertThat(reporter.lines()).containsSubsequence("INFO [deploy] args:s-01", "INFO [deploy] second line");
    }

    @Test
    void aFailingCommandFailsNamingItsExitCodeAndLastLine() {
        assertThatThrownBy(() -> run(DeployCommand.of("echo building; echo 'template invalid' >&2; exit 3", null), "s"))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("exited with 3")
                .hasMessageContaining("its last line: template invalid")
                .hasMessageContaining("next job redeploys");
    }

    @Test
    void nothingToChangeIsSuccessEvenWithANonZeroExit() {
        run(DeployCommand.of("echo; echo 'No changes to deploy. Stack s-01 is up to date'; exit 255", null), "s-01");
        run(
                DeployCommand.of(
                        "echo 'An error occurred (ValidationError): No updates are to be performed.'; exit 254", null),
                "s-01");

        assertThat(reporter.lines())
                .filteredOn(l -> l.contains("nothing to change"))
                .hasSize(2);
    }

    @Test
    void secretsInTheOutputAndTheCommandAreMasked() {
        DeployCommand command = DeployCommand.of("echo key AKIAIOSFODNN7EXAMPLE done # AKIAIOSFODNN7EXAMPLE", null);
        run(command, "s");

        assertThat(reporter.text()).doesNotContain("AKIAIOSFODNN7EXAMPLE").contains("[deploy] key **** done");
        assertThat(command.shown()).doesNotContain("AKIAIOSFODNN7EXAMPLE");
    }

    @Test
    void aCommandThatHangsIsStoppedAtTheTimeout() {
        DeployCommand command = DeployCommand.of("sleep 30", null);
        long start = System.nanoTime();
        assertThatThrownBy(() -> command.run(tmp.toFile(), Map.of(), Duration.ofMillis(300), reporter))
                .hasMessageContaining("did not finish within")
                .hasMessageContaining("cloudtest.deploy.timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void theDeployKeyChangesWithTheCommandAndTheUserKeyOnly() {
        DeployCommand sam = DeployCommand.of("sam deploy", null);
        assertThat(sam.deployKey("v1"))
                .hasSize(16)
                .isEqualTo(DeployCommand.of("sam deploy", null).deployKey("v1"));
        assertThat(sam.deployKey("v2")).isNotEqualTo(sam.deployKey("v1"));
        assertThat(DeployCommand.of("sam deploy --guided", null).deployKey("v1"))
                .isNotEqualTo(sam.deployKey("v1"));
        assertThat(DeployCommand.of(null, List.of("sam", "deploy")).deployKey("v1"))
                .as("argv vs shell line")
                .isNotEqualTo(sam.deployKey("v1"));
        assertThat(DeployCommand.of(null, List.of("a b", "c")).deployKey(null))
                .isNotEqualTo(DeployCommand.of(null, List.of("a", "b c")).deployKey(null));
    }

    @Test
    void exactlyOneFormIsRequiredAndTheNameIsNeverSpliced() {
        assertThatThrownBy(() -> DeployCommand.of(null, List.of()))
                .hasMessageContaining("Neither cloudtest.deploy.command nor cloudtest.deploy.arguments");
        assertThatThrownBy(() -> DeployCommand.of("x", List.of("y")))
                .hasMessageContaining("Both cloudtest.deploy.command and cloudtest.deploy.arguments");
        assertThatThrownBy(() -> DeployCommand.of("sam deploy --stack-name ${cloudtest.stackName}", null))
                .hasMessageContaining("\"$CLOUDTEST_STACK_NAME\"");
    }
}
