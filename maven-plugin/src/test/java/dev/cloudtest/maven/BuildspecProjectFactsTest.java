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
}
