package dev.cloudtest.maven;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudtest.core.EnvironmentException;
import dev.cloudtest.core.ResultFiles;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.pool.StackPool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code target/cloudtest/lease.json}: the lease acquire-stack took, for renew-stack and release-stack (which may
 * run in later CI steps). It holds the lease id, the secret that releases the stack, so it is owner-only.
 */
final class LeaseFile {
    static final String NAME = "lease.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The file's content: the lease and the table it lives in (times as ISO-8601 text). */
    record Content(
            String table,
            String pool,
            String slot,
            String stackName,
            long fence,
            String leaseId,
            String expiresAt,
            String how,
            boolean deployNeeded) {
        static Content of(String table, StackPool.Lease lease) {
            return new Content(
                    table,
                    lease.pool(),
                    lease.slot(),
                    lease.stackName(),
                    lease.fence(),
                    lease.leaseId(),
                    lease.expiresAt() == null ? null : lease.expiresAt().toString(),
                    lease.how(),
                    lease.deployNeeded());
        }

        StackPool.Lease lease() {
            return new StackPool.Lease(
                    pool,
                    slot,
                    stackName,
                    fence,
                    leaseId,
                    expiresAt == null ? null : java.time.Instant.parse(expiresAt),
                    how,
                    deployNeeded);
        }
    }

    private LeaseFile() {}

    static void write(Path directory, String table, StackPool.Lease lease) {
        ResultFiles.writeJson(directory, NAME, Content.of(table, lease));
    }

    static Optional<Content> read(Path directory) {
        Path file = directory.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), Content.class));
        } catch (IOException | RuntimeException e) {
            throw new UserFixableException(file + " is not a lease file cloudtest wrote ("
                    + e.getMessage().lines().findFirst().orElse("") + "); delete it and acquire a stack again.");
        }
    }

    static void delete(Path directory) {
        try {
            Files.deleteIfExists(directory.resolve(NAME));
        } catch (IOException e) {
            throw new EnvironmentException("Cannot delete " + directory.resolve(NAME) + ": " + e.getMessage(), e);
        }
    }
}
