package dev.cloudtest.aws.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudtest.aws.AwsClients;
import dev.cloudtest.aws.AwsSettings;
import dev.cloudtest.aws.DynamoDbLeaseStore;
import dev.cloudtest.pool.SlotState;
import dev.cloudtest.testlib.Dynalite;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A CI day (see {@link PoolSimulation}) on dynalite with the real StackPool and DynamoDbLeaseStore. The default is
 * small enough for every build; a bigger day is run with {@code cloudtest.sim.*} properties, e.g.
 *
 * <pre>
 * ./mvnw -B -ntp -o test -pl cloudtest-aws -Dtest=PoolSimulationTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dcloudtest.sim.jobs=120 -Dcloudtest.sim.spacing=4 -Dcloudtest.sim.poisson=true -Dcloudtest.sim.poolSize=5
 * </pre>
 *
 * (durations in minutes; see {@link PoolSimulation.Config} for every name). It prints the figures as a Markdown
 * table.
 */
class PoolSimulationTest {
    static final PoolSimulation.Config SMALL = new PoolSimulation.Config(
            16,
            Duration.ofMinutes(3),
            false,
            3,
            Duration.ofMinutes(8),
            Duration.ofMinutes(3),
            Duration.ofSeconds(10),
            Duration.ofMinutes(5),
            Duration.ofMinutes(4),
            true,
            0.3,
            0.0,
            100,
            42);

    @Test
    @Timeout(600)
    void aCiDayOnThePoolNeverSharesAStackAndBeatsAFreshStackPerJob() throws Exception {
        PoolSimulation.Config config = SMALL.withSystemProperties();
        System.setProperty("aws.accessKeyId", "AKIAIOSFODNN7EXAMPLE");
        System.setProperty("aws.secretAccessKey", "dynalite");
        try (Dynalite dynalite = Dynalite.start();
                AwsClients aws = AwsClients.open(
                        AwsSettings.of("us-east-1", null, dynalite.endpoint().toString()))) {
            DynamoDbLeaseStore store = new DynamoDbLeaseStore(aws.client(DynamoDbClient.class), "pool-simulation");
            store.createTable();

            PoolSimulation.Report report = PoolSimulation.run(config, store, "sim");
            System.out.println(report.table());

            assertThat(report.violations()).isEmpty();
            assertThat(report.jobs()).hasSize(config.jobs());
            assertThat(report.created() + report.updated() + report.skipped()).isEqualTo(config.jobs());
            assertThat(report.slotsUsed()).isLessThanOrEqualTo(config.poolSize());
            assertThat(report.created()).isEqualTo(report.slotsUsed());
            assertThat(store.slots("sim")).allMatch(s -> s.state() == SlotState.FREE);
            assertThat(store.slots("sim").stream().mapToLong(s -> s.fence()).sum())
                    .as("one fence per job")
                    .isEqualTo(config.jobs());
            if (!config.changedBySystemProperties()) {
                // The small day: 16 jobs every 3 min on 3 stacks, 30 % on a tested commit.
                assertThat(report.skipped()).as("deploys skipped").isPositive();
                assertThat(report.p(report.walls(), 0.5))
                        .as("pool p50 below a fresh stack per job (create 8 + tests 5 + delete 4 = 17 min)")
                        .isLessThan(report.p(report.freshWalls(), 0.5));
            }
        }
    }
}
