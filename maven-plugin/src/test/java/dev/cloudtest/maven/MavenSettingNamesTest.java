package dev.cloudtest.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudtest.core.Setting;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.stack.StackRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The core's settings reach a Maven user as the properties the goals really have. */
class MavenSettingNamesTest {

    @ParameterizedTest
    @EnumSource(Setting.class)
    void everySettingIsNamedAsAGoalParameterOfThePluginDescriptor(Setting setting) throws IOException {
        String property = MavenSettingNames.INSTANCE.name(setting);
        String element = property.substring(property.lastIndexOf('.') + 1);

        // <configuration> of a mojo in plugin.xml: <stackName implementation="java.lang.String">${cloudtest.stackName}
        Pattern declared =
                Pattern.compile("<" + element + " implementation=\"[^\"]+\"( default-value=\"[^\"]*\")?>\\$\\{"
                        + Pattern.quote(property) + "}</" + element + ">");
        assertThat(declared.matcher(descriptor()).find())
                .as("a goal has <%s> bound to ${%s}", element, property)
                .isTrue();
    }

    @Test
    void aCoreErrorReachesMavenInMavenWords() {
        UserFixableException noStack;
        try {
            StackRequest.resolveStackName(null, Map.of());
            throw new AssertionError("no stack name was accepted");
        } catch (UserFixableException e) {
            noStack = e;
        }

        var failure = MavenFailures.of("stack-outputs", noStack, new SystemStreamLog());

        assertThat(failure).isInstanceOf(MojoFailureException.class);
        assertThat(failure.getMessage())
                .isEqualTo("No stack to read: set -Dcloudtest.stackName=<stack> (or <stackName> in the plugin"
                        + " configuration), or the ENV_STACK_NAME environment variable (add-stage sets it on the"
                        + " CodeBuild action).");
    }

    @Test
    void environmentTroubleFromTheAwsLayerIsWordedForMavenToo() {
        var failure = MavenFailures.of(
                "run-pipeline",
                new dev.cloudtest.core.EnvironmentException(names -> "Could not connect; with "
                        + names.name(Setting.ENDPOINT) + ", check that the emulator is running."),
                new SystemStreamLog());

        assertThat(failure).isInstanceOf(org.apache.maven.plugin.MojoExecutionException.class);
        assertThat(failure.getMessage())
                .isEqualTo("Could not connect; with cloudtest.endpoint, check that the emulator is running.");
    }

    private static String descriptor() throws IOException {
        try (InputStream in = MavenSettingNamesTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertThat(in).as("the plugin descriptor is built before the tests").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
