package dev.cloudtest.testlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreePortsTest {
    @Test
    void aServerWhosePortWasTakenStartsAgainOnAnotherPort() {
        List<Integer> tried = new ArrayList<>();

        String started = FreePorts.startOnAFreePort(port -> {
            tried.add(port);
            if (tried.size() == 1) {
                throw new FreePorts.PortTaken("Address already in use");
            }
            return "listening on " + port;
        });

        assertThat(tried).hasSize(2).allMatch(port -> port > 0);
        assertThat(started).isEqualTo("listening on " + tried.get(1));
    }

    @Test
    void afterThreeTakenPortsItGivesUpSayingSo() {
        List<Integer> tried = new ArrayList<>();

        assertThatThrownBy(() -> FreePorts.startOnAFreePort(port -> {
                    tried.add(port);
                    throw new FreePorts.PortTaken("moto exited: Address already in use");
                }))
                .hasMessage("moto exited: Address already in use (3 ports tried)");
        assertThat(tried).hasSize(3);
    }

    @Test
    void otherFailuresAreNotRetried() {
        List<Integer> tried = new ArrayList<>();

        assertThatThrownBy(() -> FreePorts.startOnAFreePort(port -> {
                    tried.add(port);
                    throw new IllegalStateException("python3 not found");
                }))
                .hasMessage("python3 not found");
        assertThat(tried).hasSize(1);
    }
}
