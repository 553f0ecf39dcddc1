package dev.cloudtest.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.core.FakeTime;
import dev.cloudtest.core.RecordingReporter;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The lease rules on the in-memory store and a fake clock: what a CI job relies on. */
class StackPoolTest {
    private final InMemoryLeaseStore store = new InMemoryLeaseStore();
    private final FakeTime time = new FakeTime();
    private final RecordingReporter reporter = new RecordingReporter();

    private StackPool pool(int maxSize) {
        return new StackPool(
                store,
                new StackPool.Settings(
                        "it",
                        "app-it-",
                        maxSize,
                        Duration.ofMinutes(15),
                        Duration.ofMinutes(2),
                        Duration.ofMinutes(5),
                        Duration.ofSeconds(15)),
                time,
                reporter,
                new Random(7));
    }

    private static StackPool.Request job(String branch, String commit) {
        return new StackPool.Request("run " + commit, branch, commit);
    }

    @Test
    void theFirstJobGrowsThePoolAndMustDeploy() {
        StackPool.Lease lease = pool(3).acquire(job("main", "c1"));

        assertThat(lease.stackName()).isEqualTo("app-it-01");
        assertThat(lease.fence()).isEqualTo(1);
        assertThat(lease.deployNeeded()).isTrue();
        assertThat(store.slots("it")).singleElement().extracting(Slot::state).isEqualTo(SlotState.PROVISIONING);
    }

    @Test
    void aFreeStackAlreadyAtTheCommitIsPreferredAndSkipsTheDeploy() {
        StackPool pool = pool(3);
        StackPool.Lease a = pool.acquire(job("feat/a", "c-a"));
        StackPool.Lease b = pool.acquire(job("feat/b", "c-b"));
        pool.recordDeployed(a, "c-a", "k");
        pool.recordDeployed(b, "c-b", "k");
        pool.release(a, false, "PASSED");
        pool.release(b, false, "PASSED");

        StackPool.Lease again = pool.acquire(job("feat/x", "c-b"));

        assertThat(again.stackName()).isEqualTo(b.stackName());
        assertThat(again.deployNeeded()).isFalse();
        assertThat(again.fence()).isEqualTo(b.fence() + 1);
        assertThat(reporter.text()).contains("free, already deployed at c-b -> deploy can be skipped");
    }

    @Test
    void thePoolNeverGrowsBeyondMaxSizeAndAFullPoolTimesOutNamingTheHolders() {
        StackPool pool = pool(2);
        pool.acquire(job("a", "1"));
        pool.acquire(job("b", "2"));

        assertThatThrownBy(() -> pool.acquire(job("c", "3")))
                .isInstanceOf(PoolExhaustedException.class)
                .hasMessageContaining("No stack became free in pool 'it' within 5m")
                .hasMessageContaining("app-it-01 PROVISIONING run 1 fence 1")
                .hasMessageContaining("force-release");
        assertThat(store.slots("it")).hasSize(2);
        assertThat(time.slept()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void anExpiredLeaseIsTakenOverOnlyAfterTheGraceAndItsDeployedCommitIsForgotten() {
        StackPool pool = pool(1);
        StackPool.Lease dead = pool.acquire(job("a", "1"));
        pool.recordDeployed(dead, "1", "k");

        time.sleep(Duration.ofMinutes(15).plusMinutes(1)); // expired, but within the 2-minute grace
        assertThat(pool.tryOnce(store.slots("it"), job("b", "1"))).isEmpty();

        time.sleep(Duration.ofMinutes(2));
        StackPool.Lease taker = pool.acquire(job("b", "1"));

        assertThat(taker.fence()).isEqualTo(dead.fence() + 1);
        assertThat(taker.deployNeeded())
                .as("the dead job may have been mid-deploy")
                .isTrue();
        assertThat(store.slots("it").get(0).takenOverFrom()).isEqualTo("run 1");
    }

    @Test
    void aHolderWhoseLeaseWasTakenOverCannotRenewReleaseOrMarkTheStack() {
        StackPool pool = pool(1);
        StackPool.Lease paused = pool.acquire(job("a", "1"));
        time.sleep(Duration.ofMinutes(20));
        StackPool.Lease taker = pool.acquire(job("b", "2"));

        assertThatThrownBy(() -> pool.renew(paused))
                .isInstanceOf(LeaseLostException.class)
                .hasMessageContaining("The lease on app-it-01 (fence 1) was lost; the slot is now LEASED, held by run 2"
                        + " (fence 2)");
        assertThatThrownBy(() -> pool.release(paused, false, "PASSED")).isInstanceOf(LeaseLostException.class);
        assertThatThrownBy(() -> pool.recordDeployed(paused, "1", "k")).isInstanceOf(LeaseLostException.class);
        assertThat(store.slots("it").get(0).leaseId()).isEqualTo(taker.leaseId());
    }

    @Test
    void renewingKeepsTheLeaseAliveAcrossItsDuration() {
        StackPool pool = pool(1);
        StackPool.Lease lease = pool.acquire(job("a", "1"));
        for (int i = 0; i < 6; i++) {
            time.sleep(Duration.ofMinutes(10));
            pool.renew(lease);
        }
        assertThatThrownBy(() -> pool.acquire(job("b", "2"))).isInstanceOf(PoolExhaustedException.class);
        pool.release(lease, false, "PASSED");
        assertThat(store.slots("it").get(0).state()).isEqualTo(SlotState.FREE);
    }

    @Test
    void aBrokenStackIsNeverHandedOut() {
        StackPool pool = pool(1);
        pool.release(pool.acquire(job("a", "1")), true, "FAILED");

        assertThatThrownBy(() -> pool.acquire(job("b", "2"))).isInstanceOf(PoolExhaustedException.class);
    }

    @Test
    void forceReleaseNeedsTheCurrentFence() {
        StackPool pool = pool(1);
        pool.acquire(job("a", "1"));

        assertThatThrownBy(() -> pool.forceRelease("stack#01", 7))
                .hasMessageContaining("Slot stack#01 has fence 1, not 7");
        pool.forceRelease("stack#01", 1);
        assertThat(store.slots("it").get(0).state()).isEqualTo(SlotState.FREE);
        assertThat(store.slots("it").get(0).deployedCommit()).isNull();
    }

    @Test
    void waitingPrintsProgressWithTheNextExpiry() {
        StackPool pool = pool(1);
        pool.acquire(job("a", "1"));
        Instant start = time.now();
        assertThatThrownBy(() -> pool.acquire(job("b", "2"))).isInstanceOf(PoolExhaustedException.class);
        assertThat(reporter.lines())
                .anyMatch(l -> l.startsWith("INFO Pool it: 1/1 leased - waiting 0s of 5m")
                        && l.contains("next expiry app-it-01 (run 1) in 15m"));
        assertThat(time.now()).isEqualTo(start.plus(Duration.ofMinutes(5)));
    }
}
