package dev.cloudtest.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.run.RunRequest;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** run-pipeline's parameters become a checked {@link RunRequest} before any AWS call. */
class RunPipelineMojoTest {

    private static RunRequest request(
            String pipeline, String execution, String stage, String timeout, String poll, int attempts) {
        RunPipelineMojo mojo = new RunPipelineMojo();
        set(mojo, AbstractPipelineMojo.class, "pipeline", pipeline);
        set(mojo, AbstractPipelineMojo.class, "stageName", stage);
        set(mojo, RunPipelineMojo.class, "execution", execution);
        set(mojo, RunPipelineMojo.class, "waitTimeout", timeout);
        set(mojo, RunPipelineMojo.class, "pollInterval", poll);
        set(mojo, RunPipelineMojo.class, "startAttempts", attempts);
        return mojo.request();
    }

    private static void set(Object target, Class<?> owner, String name, Object value) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void bindsAndTrims() {
        RunRequest request = request(" shop ", " ", null, "45m", "200ms", 2);

        assertThat(request.pipelineName()).isEqualTo("shop");
        assertThat(request.executionId()).isEqualTo(Optional.empty());
        assertThat(request.integrationStage()).isEqualTo("IntegrationTest");
        assertThat(request.timeout()).isEqualTo(Duration.ofMinutes(45));
        assertThat(request.pollInterval()).isEqualTo(Duration.ofMillis(200));
        assertThat(request.startAttempts()).isEqualTo(2);
        assertThat(request("shop", "e-1", "IT", "1m", "1s", 1).executionId()).contains("e-1");
        assertThat(request("shop", "e-1", "IT", "1m", "1s", 1).integrationStage())
                .isEqualTo("IT");
    }

    @Test
    void refusesWhatCannotWork() {
        assertThatThrownBy(() -> request(null, null, null, "1m", "1s", 1))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("-Dcloudtest.pipeline=<pipeline>");
        // Found by QA: a malformed name reached StartPipelineExecution ("check the credentials, the region...").
        assertThatThrownBy(() -> request("bad name", null, null, "1m", "1s", 1))
                .isInstanceOf(UserFixableException.class)
                .hasMessage("cloudtest.pipeline: the pipeline name 'bad name' may contain only letters, digits and"
                        + " . @ - _.");
        assertThatThrownBy(() -> request("shop", null, null, "1m", "1s", 0))
                .hasMessage("cloudtest.run.startAttempts must be at least 1, not 0");
        assertThatThrownBy(() -> request("shop", null, null, "soon", "1s", 1))
                .hasMessageContaining("cloudtest.wait.timeout 'soon' is not a duration");
        assertThatThrownBy(() -> request("shop", null, null, "0", "1s", 1))
                .hasMessageStartingWith("cloudtest.wait.timeout '0' must be more than zero");
        assertThatThrownBy(() -> request("shop", null, null, "1m", "0s", 1))
                .hasMessageStartingWith(
                        "cloudtest.wait.pollInterval '0s' is too short: it would call AWS in a tight" + " loop.");
        assertThat(request("shop", null, null, "1m", "100ms", 1).pollInterval()).isEqualTo(Duration.ofMillis(100));
    }
}
