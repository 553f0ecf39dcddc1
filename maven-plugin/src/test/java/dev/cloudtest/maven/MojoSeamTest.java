package dev.cloudtest.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every goal run as Maven runs it ({@code new XMojo()}, parameters bound from the plugin descriptor): the skip
 * flags, and parameters refused before any AWS call with a message naming the property to fix.
 */
class MojoSeamTest {
    /** Nothing listens here: a goal that calls AWS before checking its parameters fails with an execution error. */
    private static final String DEAD_ENDPOINT = "http://127.0.0.1:9";

    @TempDir
    Path dir;

    @Test
    void everyGoalOfThePluginIsCoveredHere() {
        assertThat(MojoHarness.goals())
                .filteredOn(goal -> !goal.equals("help"))
                .containsExactlyInAnyOrderElementsOf(MojoHarness.GOALS.keySet());
    }

    static Stream<String> goals() {
        return MojoHarness.GOALS.keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("goals")
    void cloudtestSkipStopsEveryGoalBeforeItDoesAnything(String goal) throws Exception {
        MojoHarness harness = new MojoHarness(goal, dir, false).set("cloudtest.skip", "true");

        harness.execute();

        assertThat(harness.log.at("info")).containsExactly("Skipping " + goal + ": cloudtest.skip is true.");
        assertThat(dir.resolve("target")).doesNotExist();
    }

    @ParameterizedTest
    @MethodSource("goals")
    void eachGoalHasItsOwnSkipFlag(String goal) throws Exception {
        MojoHarness harness = new MojoHarness(goal, dir, false).set("cloudtest." + goal + ".skip", "true");

        harness.execute();

        assertThat(harness.log.at("info"))
                .containsExactly("Skipping " + goal + ": cloudtest." + goal + ".skip is true.");
        assertThat(dir.resolve("target")).doesNotExist();
    }

    @Test
    void anotherGoalsSkipFlagDoesNotSkipThisOne() {
        MojoHarness harness = new MojoHarness("run-pipeline", dir, false).set("cloudtest.verify.skip", "true");

        assertThatThrownBy(harness::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("cloudtest.pipeline");
    }

    static Stream<Arguments> badParameters() {
        return Stream.of(
                Arguments.of("run-pipeline", new String[] {}, "cloudtest.pipeline"),
                Arguments.of(
                        "run-pipeline",
                        new String[] {"cloudtest.pipeline", "demo", "cloudtest.wait.timeout", "0"},
                        "cloudtest.wait.timeout"),
                Arguments.of(
                        "run-pipeline",
                        new String[] {"cloudtest.pipeline", "demo", "cloudtest.wait.pollInterval", "often"},
                        "cloudtest.wait.pollInterval"),
                Arguments.of(
                        "stack-outputs",
                        new String[] {"cloudtest.stackName", "demo", "cloudtest.stack.waitTimeout", "soon"},
                        "cloudtest.stack.waitTimeout"),
                Arguments.of(
                        "stack-outputs",
                        new String[] {"cloudtest.stackName", "demo", "cloudtest.region", "us east 1"},
                        "cloudtest.region"),
                Arguments.of("add-stage", new String[] {}, "cloudtest.pipeline"),
                Arguments.of(
                        "add-stage",
                        new String[] {"cloudtest.pipeline", "demo", "cloudtest.shards", "0"},
                        "cloudtest.shards"),
                Arguments.of(
                        "remove-stage",
                        new String[] {"cloudtest.pipelineFile", "saved/missing.json"},
                        "cloudtest.pipelineFile"),
                Arguments.of("iam-policy", new String[] {"cloudtest.account", "12345"}, "cloudtest.account"),
                Arguments.of("iam-policy", new String[] {"cloudtest.serviceRole", "my role"}, "cloudtest.serviceRole"),
                Arguments.of("verify", new String[] {"cloudtest.failOnFlakeCount", "-1"}, "cloudtest.failOnFlakeCount"),
                Arguments.of(
                        "generate-buildspec",
                        new String[] {"cloudtest.buildspec.template", "no-such-template"},
                        "cloudtest.buildspec.template"),
                Arguments.of(
                        "validate-buildspec",
                        new String[] {"cloudtest.buildspec.files", "missing.yml"},
                        "missing.yml"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badParameters")
    void aBadParameterFailsTheBuildNamingItBeforeAnyAwsCall(String goal, String[] properties, String named) {
        MojoHarness harness = new MojoHarness(goal, dir, false)
                .set("cloudtest.region", "us-east-1")
                .set("cloudtest.endpoint", DEAD_ENDPOINT);
        for (int i = 0; i < properties.length; i += 2) {
            harness.set(properties[i], properties[i + 1]);
        }

        assertThatThrownBy(harness::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining(named)
                .hasMessageNotContaining("Exception")
                .hasMessageNotContaining("\tat ");
    }
}
