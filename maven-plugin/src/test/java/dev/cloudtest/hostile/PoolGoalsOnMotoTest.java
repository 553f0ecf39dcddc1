package dev.cloudtest.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudtest.aws.AwsClients;
import dev.cloudtest.aws.AwsSettings;
import dev.cloudtest.aws.CloudFormationStackGateway;
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
    void deployStackRunsTheUsersCommandOncePerCommitAndKeyAndShrinkPoolRetiresOnlyFreeSlots() throws Exception {
        Sandbox first = Sandbox.in(Files.createDirectories(tmp.resolve("first")));
        Sandbox second = Sandbox.in(Files.createDirectories(tmp.resolve("second")));
        poolGoal("create-pool-table", first).run().assertSucceeded();
        poolGoal("acquire-stack", first)
                .property("cloudtest.pool.commit", "c0ffee1")
                .property("cloudtest.pool.holder", "run 1")
                .run()
                .assertSucceeded();
        String command = "echo \"deploying $CLOUDTEST_STACK_NAME fence $CLOUDTEST_STACK_FENCE\"";

        assertThat(poolGoal("deploy-stack", first)
                        .property("cloudtest.pool.commit", "c0ffee1")
                        .property("cloudtest.deploy.command", command)
                        .run()
                        .assertSucceeded()
                        .output())
                .contains("[deploy] deploying orders-pool-01 fence 1")
                .contains("Deployed c0ffee1 to orders-pool-01");
        assertThat(poolGoal("deploy-stack", first)
                        .property("cloudtest.pool.commit", "c0ffee1")
                        .property("cloudtest.deploy.command", command)
                        .run()
                        .assertSucceeded()
                        .output())
                .contains("Deploy of orders-pool-01 skipped")
                .doesNotContain("[deploy]");
        poolGoal("deploy-stack", first)
                .property("cloudtest.pool.commit", "c0ffee2")
                .property("cloudtest.deploy.command", "echo 'Template format error'; exit 4")
                .run()
                .assertRefused("exited with 4", "Template format error", "next job redeploys");
        assertThat(poolGoal("pool-status", first).run().assertSucceeded().output())
                .as("the failed deploy left no deployed commit")
                .doesNotContain("c0ffee");

        poolGoal("acquire-stack", second)
                .property("cloudtest.pool.holder", "run 2")
                .run()
                .assertSucceeded();
        poolGoal("release-stack", second)
                .property("cloudtest.pool.outcome", "PASSED")
                .run()
                .assertSucceeded();
        try (AwsClients aws = AwsClients.open(AwsSettings.of("us-east-1", null, endpoint))) {
            aws.cloudFormation().createStack(b -> b.stackName("orders-pool-02")
                    .templateBody("{\"Resources\":{\"Q\":{\"Type\":\"AWS::SQS::Queue\"}}}"));

            assertThat(poolGoal("shrink-pool", first)
                            .property("cloudtest.pool.targetSize", "0")
                            .property("cloudtest.pool.dryRun", "true")
                            .run()
                            .assertWarned("Left alone: orders-pool-01 (LEASED, held by run 1)")
                            .output())
                    .contains("[dry run] would retire orders-pool-02");
            assertThat(new CloudFormationStackGateway(aws).describe("orders-pool-02"))
                    .isPresent();

            assertThat(poolGoal("shrink-pool", first)
                            .property("cloudtest.pool.targetSize", "0")
                            .run()
                            .assertWarned("Left alone: orders-pool-01")
                            .output())
                    .contains("Retired orders-pool-02 (pool orders-pool): stacks deleted, slots removed.");
            assertThat(new CloudFormationStackGateway(aws).describe("orders-pool-02"))
                    .isEmpty();
        }
        assertThat(poolGoal("pool-status", first).run().assertSucceeded().output())
                .contains("stack#01")
                .doesNotContain("stack#02");
        poolGoal("shrink-pool", first).run().assertRefused("-Dcloudtest.pool.targetSize=N");
        poolGoal("deploy-stack", second)
                .property("cloudtest.deploy.command", command)
                .run()
                .assertRefused("No lease to deploy to", "Run acquire-stack first");
    }

    private Goal poolGoal(String name, Sandbox sandbox) {
        return goal(name, sandbox)
                .property("cloudtest.pool.name", "orders-pool")
                .property("cloudtest.pool.table", "pool-deploy");
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
