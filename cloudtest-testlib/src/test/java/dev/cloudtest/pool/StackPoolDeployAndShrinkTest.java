package dev.cloudtest.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.core.FakeTime;
import dev.cloudtest.core.RecordingReporter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** deploy (skip, markers, failure, lost lease) and shrink (conditional retire) on the in-memory store. */
class StackPoolDeployAndShrinkTest {
    private final InMemoryLeaseStore store = new InMemoryLeaseStore();
    private final FakeTime time = new FakeTime();
    private final RecordingReporter reporter = new RecordingReporter();
    private final List<String> deploys = new ArrayList<>();

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

    private Slot slot(String name) {
        return store.slots("it").stream()
                .filter(s -> s.slot().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aDeployIsRecordedAndTheNextJobAtTheSameCommitAndKeySkipsIt() {
        StackPool pool = pool(2);
        StackPool.Lease first = pool.acquire(new StackPool.Request("run 1", "main", "c1"));

        assertThat(pool.deploy(first, "c1", "k1", false, deploys::add)).isEqualTo(StackPool.Deployed.DEPLOYED);
        assertThat(deploys).containsExactly("app-it-01");
        assertThat(slot("stack#01").deployedCommit()).isEqualTo("c1");
        assertThat(slot("stack#01").deployKey()).isEqualTo("k1");
        assertThat(slot("stack#01").state()).isEqualTo(SlotState.LEASED);
        pool.release(first, false, "PASSED");

        StackPool.Lease second = pool.acquire(new StackPool.Request("run 2", "other", "c1"));
        assertThat(second.deployNeeded()).isFalse();
        assertThat(pool.deploy(second, "c1", "k1", false, deploys::add)).isEqualTo(StackPool.Deployed.SKIPPED);
        assertThat(deploys).hasSize(1);
        assertThat(reporter.lines()).anyMatch(l -> l.contains("Deploy of app-it-01 skipped"));
    }

    @Test
    void aChangedDeployKeyOrForceDeploysAgain() {
        StackPool pool = pool(1);
        StackPool.Lease lease = pool.acquire(new StackPool.Request("run 1", "main", "c1"));
        pool.deploy(lease, "c1", "k1", false, deploys::add);

        assertThat(pool.deploy(lease, "c1", "k2", false, deploys::add)).isEqualTo(StackPool.Deployed.DEPLOYED);
        assertThat(reporter.lines()).anyMatch(l -> l.contains("the deploy key changed (k1 -> k2)"));
        assertThat(pool.deploy(lease, "c1", "k2", true, deploys::add)).isEqualTo(StackPool.Deployed.DEPLOYED);
        assertThat(pool.deploy(lease, "c2", "k2", false, deploys::add)).isEqualTo(StackPool.Deployed.DEPLOYED);
        assertThat(deploys).hasSize(4);
    }

    @Test
    void theDeployedCommitIsClearedBeforeTheDeployRuns() {
        StackPool pool = pool(1);
        StackPool.Lease lease = pool.acquire(new StackPool.Request("run 1", "main", "c1"));
        pool.deploy(lease, "c1", "k", false, deploys::add);
        List<String> seenDuringDeploy = new ArrayList<>();

        pool.deploy(
                lease,
                "c2",
                "k",
                false,
                stack -> seenDuringDeploy.add(slot("stack#01").deployedCommit()));

        assertThat(seenDuringDeploy).containsExactly((String) null);
        assertThat(slot("stack#01").deployedCommit()).isEqualTo("c2");
    }

    @Test
    void aFailedDeployLeavesTheSlotUndeployedSoTheNextHolderRedeploys() {
        StackPool pool = pool(1);
        StackPool.Lease first = pool.acquire(new StackPool.Request("run 1", "main", "c1"));
        pool.deploy(first, "c1", "k", false, deploys::add);

        assertThatThrownBy(() -> pool.deploy(first, "c2", "k", false, stack -> {
                    throw new IllegalStateException("sam deploy exited with 1");
                }))
                .hasMessage("sam deploy exited with 1");
        assertThat(reporter.lines()).anyMatch(l -> l.contains("the next job that gets it deploys again"));
        pool.release(first, false, "FAILED");

        StackPool.Lease next = pool.acquire(new StackPool.Request("run 2", "main", "c1"));
        assertThat(next.deployNeeded()).as("c1 is no longer recorded").isTrue();
        assertThat(pool.deploy(next, "c1", "k", false, deploys::add)).isEqualTo(StackPool.Deployed.DEPLOYED);
    }

    @Test
    void aLeaseLostDuringTheDeployIsNotRecorded() {
        StackPool pool = pool(1);
        StackPool.Lease mine = pool.acquire(new StackPool.Request("slow job", "main", "c1"));
        List<StackPool.Lease> taker = new ArrayList<>();

        assertThatThrownBy(() -> pool.deploy(mine, "c1", "k", false, stack -> {
                    // The deploy outlives the lease: another job takes the stack over meanwhile.
                    time.sleep(Duration.ofMinutes(20));
                    taker.add(pool.acquire(new StackPool.Request("next job", "main", "c9")));
                }))
                .isInstanceOf(LeaseLostException.class)
                .hasMessageContaining("held by next job");

        assertThat(taker).singleElement().extracting(StackPool.Lease::fence).isEqualTo(2L);
        Slot now = slot("stack#01");
        assertThat(now.leaseId()).isEqualTo(taker.get(0).leaseId());
        assertThat(now.deployedCommit())
                .as("the lost lease's deploy is not recorded")
                .isNull();
    }

    @Test
    void aLeaseLostBeforeTheDeployStopsItFromRunning() {
        StackPool pool = pool(1);
        StackPool.Lease mine = pool.acquire(new StackPool.Request("job", "main", "c1"));
        pool.forceRelease("stack#01", mine.fence());

        assertThatThrownBy(() -> pool.deploy(mine, "c1", "k", false, deploys::add))
                .isInstanceOf(LeaseLostException.class);
        assertThat(deploys).isEmpty();
    }

    @Test
    void shrinkRetiresFreeSlotsAboveTheSizeAndNeverAHeldOne() {
        StackPool pool = pool(4);
        List<StackPool.Lease> leases = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            leases.add(pool.acquire(new StackPool.Request("run " + i, "main", "c" + i)));
        }
        pool.release(leases.get(1), false, "PASSED");
        pool.release(leases.get(3), false, "PASSED");
        List<String> deleted = new ArrayList<>();

        StackPool.Shrink dry = pool.shrink(1, true, "admin", deleted::add);
        assertThat(dry.retired()).containsExactly("app-it-04", "app-it-02");
        assertThat(deleted).isEmpty();
        assertThat(store.slots("it")).hasSize(4);

        StackPool.Shrink done = pool.shrink(1, false, "admin", deleted::add);

        assertThat(done.retired()).containsExactly("app-it-04", "app-it-02");
        assertThat(done.leftAlone()).singleElement().asString().contains("app-it-03", "PROVISIONING", "held by run 2");
        assertThat(deleted).containsExactly("app-it-04", "app-it-02");
        assertThat(store.slots("it")).extracting(Slot::slot).containsExactly("stack#01", "stack#03");
        pool.release(leases.get(2), false, "PASSED");
    }

    @Test
    void aSlotAcquiredBetweenTheReadAndTheRetireIsLeftAlone() {
        Slot seen = new Slot(
                "it",
                "stack#02",
                "app-it-02",
                SlotState.FREE,
                3,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        store.put(seen);
        LeaseTerms job = new LeaseTerms(
                "job", "run 9", "main", "c1", time.now(), time.now().plusSeconds(600));
        assertThat(store.acquire(seen, job)).isPresent();
        LeaseTerms admin = new LeaseTerms(
                "admin", "admin", null, null, time.now(), time.now().plusSeconds(60));

        assertThat(store.retire(seen, admin, time.now()))
                .as("acquired meanwhile")
                .isEmpty();
        assertThat(slot("stack#02").state()).isEqualTo(SlotState.LEASED);
        assertThat(store.delete("it", "stack#02", "job"))
                .as("only a RETIRING slot is deleted")
                .isFalse();

        store.release("it", "stack#02", "job", SlotState.FREE, "PASSED", time.now());
        assertThat(store.retire(slot("stack#02"), admin, time.now()))
                .hasValueSatisfying(s -> assertThat(s.fence()).isEqualTo(5));
        assertThat(store.delete("it", "stack#02", "someone else")).isFalse();
        assertThat(store.delete("it", "stack#02", "admin")).isTrue();
    }

    @Test
    void aStackThatCannotBeDeletedLeavesItsSlotBroken() {
        StackPool pool = pool(2);
        StackPool.Lease a = pool.acquire(new StackPool.Request("a", "main", "c1"));
        StackPool.Lease b = pool.acquire(new StackPool.Request("b", "main", "c1"));
        pool.release(a, false, "PASSED");
        pool.release(b, false, "PASSED");

        StackPool.Shrink result = pool.shrink(1, false, "admin", stack -> {
            throw new IllegalStateException("DELETE_FAILED: bucket not empty");
        });

        assertThat(result.failed()).singleElement().asString().contains("app-it-02", "bucket not empty");
        assertThat(slot("stack#02").state()).isEqualTo(SlotState.BROKEN);
        assertThat(slot("stack#02").leaseId()).isNull();
        assertThatThrownBy(() -> pool.shrink(3, false, "admin", s -> {}))
                .hasMessageContaining("must be 0 to the pool's maxSize (2)");
    }

    @Test
    void aSlotLeftRetiringByADeadShrinkIsRetiredAgainOnlyAfterItsLeaseExpired() {
        StackPool pool = pool(2);
        StackPool.Lease a = pool.acquire(new StackPool.Request("a", "main", "c1"));
        StackPool.Lease b = pool.acquire(new StackPool.Request("b", "main", "c1"));
        pool.release(a, false, "PASSED");
        pool.release(b, false, "PASSED");
        Slot free = slot("stack#02");
        // A shrink that died after its retire write: the slot stays RETIRING under a lease of 15 minutes.
        store.retire(
                free,
                new LeaseTerms(
                        "dead shrink",
                        "admin",
                        null,
                        null,
                        time.now(),
                        time.now().plus(Duration.ofMinutes(15))),
                time.now());
        List<String> deleted = new ArrayList<>();

        StackPool.Shrink early = pool.shrink(1, false, "admin 2", deleted::add);
        assertThat(early.leftAlone()).singleElement().asString().contains("app-it-02", "RETIRING");
        assertThat(deleted).isEmpty();

        time.sleep(Duration.ofMinutes(18));
        StackPool.Shrink later = pool.shrink(1, false, "admin 2", deleted::add);

        assertThat(later.retired()).containsExactly("app-it-02");
        assertThat(deleted).containsExactly("app-it-02");
        assertThat(store.slots("it")).extracting(Slot::slot).containsExactly("stack#01");
    }
}
