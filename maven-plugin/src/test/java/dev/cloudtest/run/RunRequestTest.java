package dev.cloudtest.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.core.UserFixableException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunRequestTest {
    @Test
    void bindsAndTrims() {
        RunRequest request = RunRequest.fromParameters(" shop ", " ", null, "45m", "200ms", 2);

        assertThat(request.pipelineName()).isEqualTo("shop");
        assertThat(request.executionId()).isEqualTo(Optional.empty());
        assertThat(request.integrationStage()).isEqualTo("IntegrationTest");
        assertThat(request.timeout()).isEqualTo(Duration.ofMinutes(45));
        assertThat(request.pollInterval()).isEqualTo(Duration.ofMillis(200));
        assertThat(RunRequest.fromParameters("shop", "e-1", "IT", "1m", "1s", 1).executionId())
                .contains("e-1");
    }

    @Test
    void refusesWhatCannotWork() {
        assertThatThrownBy(() -> RunRequest.fromParameters(null, null, null, "1m", "1s", 1))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("-Dcloudtest.pipeline=<pipeline>");
        // Found by QA: a malformed name reached StartPipelineExecution ("check the credentials, the region...").
        assertThatThrownBy(() -> RunRequest.fromParameters("bad name", null, null, "1m", "1s", 1))
                .isInstanceOf(UserFixableException.class)
                .hasMessage("cloudtest.pipeline: the pipeline name 'bad name' may contain only letters, digits and"
                        + " . @ - _.");
        assertThatThrownBy(() -> RunRequest.fromParameters("shop", null, null, "1m", "1s", 0))
                .hasMessage("cloudtest.run.startAttempts must be at least 1, not 0");
        assertThatThrownBy(() -> RunRequest.fromParameters("shop", null, null, "soon", "1s", 1))
                .hasMessageContaining("cloudtest.wait.timeout 'soon' is not a duration");
        assertThatThrownBy(() -> RunRequest.fromParameters("shop", null, null, "0", "1s", 1))
                .hasMessageStartingWith("cloudtest.wait.timeout '0' must be more than zero");
        assertThatThrownBy(() -> RunRequest.fromParameters("shop", null, null, "1m", "0s", 1))
                .hasMessageStartingWith(
                        "cloudtest.wait.pollInterval '0s' is too short: it would call AWS in a tight" + " loop.");
        assertThat(RunRequest.fromParameters("shop", null, null, "1m", "100ms", 1)
                        .pollInterval())
                .isEqualTo(Duration.ofMillis(100));
    }
}
