package dev.cloudtest.maven;

import dev.cloudtest.aws.AwsClients;
import dev.cloudtest.pool.Heartbeat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Heartbeats started by acquire-stack in this Maven JVM, by lease id, so release-stack in the same build stops
 * the one it ends (and learns whether the lease was lost). The plugin's classes live once per build.
 */
final class LeaseHeartbeats {
    record Running(Heartbeat heartbeat, AwsClients aws) {}

    private static final Map<String, Running> RUNNING = new ConcurrentHashMap<>();

    private LeaseHeartbeats() {}

    static void register(String leaseId, Heartbeat heartbeat, AwsClients aws) {
        RUNNING.put(leaseId, new Running(heartbeat, aws));
    }

    static Optional<Running> remove(String leaseId) {
        return Optional.ofNullable(RUNNING.remove(leaseId));
    }
}
