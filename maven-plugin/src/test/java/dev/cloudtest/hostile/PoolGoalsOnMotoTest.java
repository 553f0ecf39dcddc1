package dev.cloudtest.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudtest.testlib.MotoExtension;
import dev.cloudtest.testlib.MotoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stack-pool goals end to end against the real moto server (DynamoDB and CloudFormation), run the way Maven
 * runs them by the goal harness: create the table, acquire (the stack name reaches the build), see the pool,
 * renew, release, force-release; and what a user gets wrong, refused in one line.
 */
@ExtendWith(MotoExtension.class)
class PoolGoalsOnMotoTest {
    private static String endpoint;

    @TempDir
    Path tmp;

    @BeforeAll
    static void credentials(MotoServer moto) {
        moto.reset();
        endpoint = moto.endpoint().toString();
        System.setProperty("aws.accessKeyId", "AKIAIOSFODNN7EXAMPLE");
        System.setProperty("aws.secretAccessKey", "moto");
    }

    private Goal goal(String name, Sandbox sandbox) {
        return Goal.named(name, sandbox)
                .property("cloudtest.endpoint", endpoint)
                .property("cloudtest.region", "us-east-1")
                .property("cloudtest.pool.name", "orders-it")
                .property("cloudtest.pool.table", "pool-goals")
                .property("cloudtest.pool.heartbeat", "false")
                .property("cloudtest.pool.acquireTimeout", "2s")
                .property("cloudtest.pool.pollInterval", "200ms");
    }

    @Test
    void acquireStatusRenewReleaseAndForceRelease() throws Exception {
        Sandbox sandbox = Sandbox.in(tmp);
        goal("create-pool-table", sandbox).run().assertSucceeded();
        assertThat(goal("create-pool-table", sandbox).run().assertSucceeded().output())
                .contains("The pool table 'pool-goals' exists already.");

        Outcome acquired = goal("acquire-stack", sandbox)
                .property("cloudtest.pool.commit", "9b1e2c0aa")
                .property("cloudtest.pool.branch", "feat/login")
                .property("cloudtest.pool.holder", "run 801")
                .run()
                .assertSucceeded();
        assertThat(acquired.output()).contains("Acquired orders-it-01 (pool orders-it, fence 1): new slot");
        Path lease = sandbox.output().resolve("lease.json");
        assertThat(Files.readString(lease)).contains("\"stackName\" : \"orders-it-01\"");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(lease)))
                .isEqualTo("rw-------");

        assertThat(goal("pool-status", sandbox).run().assertSucceeded().output())
                .contains("stack#01")
                .contains("PROVISIONING")
                .contains("run 801")
                .doesNotContain(Files.readString(lease).replaceAll("(?s).*\"leaseId\" : \"([^\"]+)\".*", "$1"));

        assertThat(goal("renew-stack", sandbox).run().assertSucceeded().output())
                .contains("Renewed the lease on orders-it-01 (fence 1)");

        // A second job on another checkout finds the only slot taken: the pool may grow to 5.
        Sandbox other = Sandbox.in(Files.createDirectories(tmp.resolve("other")));
        assertThat(goal("acquire-stack", other)
                        .property("cloudtest.pool.maxSize", "1")
                        .run()
                        .assertRefused("No stack became free in pool 'orders-it'", "run 801", "force-release")
                        .output())
                .isNotEmpty();

        assertThat(goal("release-stack", sandbox)
                        .property("cloudtest.pool.outcome", "PASSED")
                        .run()
                        .assertSucceeded()
                        .output())
                .contains("Released orders-it-01 (fence 1) as FREE, outcome PASSED.");
        assertThat(lease).doesNotExist();
        assertThat(goal("release-stack", sandbox)
                        .run()
                        .assertWarned("No lease to release")
                        .output())
                .isNotEmpty();

        Outcome again = goal("acquire-stack", other)
                .property("cloudtest.pool.commit", "9b1e2c0aa")
                .run()
                .assertSucceeded();
        assertThat(again.output()).contains("Acquired orders-it-01 (pool orders-it, fence 2)");
        goal("force-release", sandbox)
                .property("cloudtest.pool.slot", "stack#01")
                .property("cloudtest.pool.fence", "1")
                .run()
                .assertRefused("Slot stack#01 has fence 2, not 1");
        goal("force-release", sandbox)
                .property("cloudtest.pool.slot", "stack#01")
                .property("cloudtest.pool.fence", "2")
                .run()
                .assertSucceeded();
    }

    @Test
    void mistakesAreRefusedInOneLine() {
        Sandbox sandbox = Sandbox.in(tmp);
        goal("acquire-stack", sandbox)
                .property("cloudtest.pool.name", "orders it\n[INFO] BUILD SUCCESS")
                .run()
                .assertRefused("cloudtest.pool.name", "-Dcloudtest.pool.name=orders-it");
        goal("renew-stack", sandbox).run().assertRefused("No lease to renew", "Run acquire-stack first");
        goal("force-release", sandbox).run().assertRefused("force-release needs the slot and its current fence");
    }
}
