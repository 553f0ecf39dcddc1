package dev.cloudtest.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.core.UserFixableException;
import org.junit.jupiter.api.Test;

class BuildspecProjectFactsTest {
    @Test
    void autoFollowsTheProjectAndTrueOrFalseForce() {
        assertThat(BuildspecProjectFacts.autoOr("auto", true, "p")).isTrue();
        assertThat(BuildspecProjectFacts.autoOr(" AUTO ", false, "p")).isFalse();
        assertThat(BuildspecProjectFacts.autoOr(null, true, "p")).isTrue();
        assertThat(BuildspecProjectFacts.autoOr("false", true, "p")).isFalse();
        assertThat(BuildspecProjectFacts.autoOr("TRUE", false, "p")).isTrue();
    }

    @Test
    void anyOtherValueIsAnErrorNamingTheProperty() {
        // Found by QA: -Dcloudtest.buildspec.coverage=yes silently meant false.
        assertThatThrownBy(() -> BuildspecProjectFacts.autoOr("yes", true, "cloudtest.buildspec.coverage"))
                .isInstanceOf(UserFixableException.class)
                .hasMessage("cloudtest.buildspec.coverage=yes is not a valid value; use auto, true or false.");
    }

    @Test
    void theRegenerateCommandNamesThePluginInFullWhereThePrefixCannotResolve() {
        // Found by QA: without a POM the header said 'mvn cloudtest:generate-buildspec ...', which fails there
        // with "No plugin found for prefix 'cloudtest'".
        java.util.Properties given = new java.util.Properties();
        given.setProperty("cloudtest.buildspec.template", "pytest");
        given.setProperty("cloudtest.buildspec.check", "true");
        given.setProperty("other", "x");

        assertThat(BuildspecProjectFacts.regenerateCommand(given, true, "0.1.0"))
                .isEqualTo("mvn cloudtest:generate-buildspec -Dcloudtest.buildspec.template=pytest");
        assertThat(BuildspecProjectFacts.regenerateCommand(given, false, "0.1.0"))
                .isEqualTo("mvn dev.cloudtest:cloudtest-maven-plugin:0.1.0:generate-buildspec"
                        + " -Dcloudtest.buildspec.template=pytest");
    }
}
