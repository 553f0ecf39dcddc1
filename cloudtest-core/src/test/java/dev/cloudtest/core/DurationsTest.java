package dev.cloudtest.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void readsTheFormsUsersType() {
        assertThat(Durations.parse("90", "p")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("90s", "p")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse(" 10m ", "p")).isEqualTo(Duration.ofMinutes(10));
        assertThat(Durations.parse("2h", "p")).isEqualTo(Duration.ofHours(2));
        assertThat(Durations.parse("250ms", "p")).isEqualTo(Duration.ofMillis(250));
        assertThat(Durations.parse("PT1M30S", "p")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("0", "p")).isZero();
    }

    @Test
    void rejectsNonsenseNamingTheParameter() {
        assertThatThrownBy(() -> Durations.parse("ten minutes", "cloudtest.wait.timeout"))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("cloudtest.wait.timeout 'ten minutes' is not a duration")
                .hasMessageContaining("10m");
        assertThatThrownBy(() -> Durations.parse("-5s", "p")).isInstanceOf(UserFixableException.class);
    }

    @Test
    void formatsCompactly() {
        assertThat(Durations.format(Duration.ofSeconds(6))).isEqualTo("6s");
        assertThat(Durations.format(Duration.ofMillis(200))).isEqualTo("200ms");
        assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1s");
        assertThat(Durations.format(Duration.ZERO)).isEqualTo("0s");
        assertThat(Durations.format(Duration.ofSeconds(245))).isEqualTo("4m05s");
        assertThat(Durations.format(Duration.ofSeconds(3723))).isEqualTo("1h02m03s");
    }

    @Test
    void backoffDoublesUntilTheCap() {
        Duration cap = Duration.ofSeconds(20);
        assertThat(Durations.doubledUpTo(Duration.ofSeconds(2), cap)).isEqualTo(Duration.ofSeconds(4));
        assertThat(Durations.doubledUpTo(Duration.ofSeconds(8), cap)).isEqualTo(Duration.ofSeconds(16));
        assertThat(Durations.doubledUpTo(Duration.ofSeconds(16), cap)).isEqualTo(Duration.ofSeconds(20));
        assertThat(Durations.doubledUpTo(Duration.ofSeconds(10), cap)).isEqualTo(Duration.ofSeconds(20));
    }
}
