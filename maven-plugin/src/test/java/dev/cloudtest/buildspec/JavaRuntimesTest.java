package dev.cloudtest.buildspec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.core.UserFixableException;
import org.junit.jupiter.api.Test;

class JavaRuntimesTest {
    @Test
    void theReleaseMapsToTheLowestPreinstalledCorrettoThatRunsIt() {
        assertThat(JavaRuntimes.choose(null, "17")).isEqualTo("corretto17");
        assertThat(JavaRuntimes.choose(null, "1.8")).isEqualTo("corretto8");
        assertThat(JavaRuntimes.choose(null, "11")).isEqualTo("corretto11");
        assertThat(JavaRuntimes.choose(null, "23")).isEqualTo("corretto25");
        assertThat(JavaRuntimes.choose(null, "7")).isEqualTo("corretto8");
        assertThat(JavaRuntimes.choose(null, "17.0.15")).isEqualTo("corretto17");
        assertThat(JavaRuntimes.choose(null, " 1.8.0 ")).isEqualTo("corretto8");
    }

    @Test
    void withoutAReleaseTheDefaultApplies() {
        assertThat(JavaRuntimes.choose(null, null)).isEqualTo("corretto21");
        assertThat(JavaRuntimes.choose("", "${java.version}")).isEqualTo("corretto21");
    }

    @Test
    void anExplicitValueWins() {
        assertThat(JavaRuntimes.choose("corretto11", "21")).isEqualTo("corretto11");
    }

    @Test
    void aReleaseNewerThanAnyImageIsAnError() {
        assertThatThrownBy(() -> JavaRuntimes.choose(null, "26"))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("Java 26");
    }
}
