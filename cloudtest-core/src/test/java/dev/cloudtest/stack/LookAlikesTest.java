package dev.cloudtest.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LookAlikesTest {
    @Test
    void typosAndMissingSuffixesLookAlikeClosestFirst() {
        List<String> names = List.of("orders-test-10", "orders-tset-1", "orders-test-1", "payments", "ord");

        assertThat(LookAlikes.among("orders-test-1x", names, 5))
                .containsExactly("orders-test-1", "orders-test-10", "orders-tset-1");
        assertThat(LookAlikes.among("orders", names, 2)).containsExactly("orders-test-1", "orders-tset-1");
    }

    @Test
    void distance() {
        assertThat(LookAlikes.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(LookAlikes.distance("", "abc")).isEqualTo(3);
        assertThat(LookAlikes.distance("same", "same")).isZero();
    }
}
