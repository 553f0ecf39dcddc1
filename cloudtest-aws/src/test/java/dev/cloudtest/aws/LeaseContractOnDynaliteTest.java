package dev.cloudtest.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.core.Reporter;
import dev.cloudtest.core.TimeSource;
import dev.cloudtest.pool.LeaseLostException;
import dev.cloudtest.pool.Slot;
import dev.cloudtest.pool.SlotState;
import dev.cloudtest.pool.StackPool;
import dev.cloudtest.testlib.Dynalite;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The lease contract against a real DynamoDB implementation whose conditional writes are atomic (dynalite): many
 * jobs at once never share a slot, never grow the pool past maxSize, never lose a release; expired leases are
 * taken over only after expiry, and a holder paused past expiry can no longer release or mark the stack.
 */
class LeaseContractOnDynaliteTest {
    private static Dynalite dynalite;
    private static AwsClients aws;

    @BeforeAll
    static void start() {
        dynalite = Dynalite.start();
        System.setProperty("aws.accessKeyId", "AKIAIOSFODNN7EXAMPLE");
        System.setProperty("aws.secretAccessKey", "dynalite");
        aws = AwsClients.open(
                AwsSettings.of("us-east-1", null, dynalite.endpoint().toString()));
    }

    @AfterAll
    static void stop() {
        aws.close();
        dynalite.close();
    }

    private static DynamoDbLeaseStore table(String name) {
        DynamoDbLeaseStore store = new DynamoDbLeaseStore(aws.client(DynamoDbClient.class), name);
        assertThat(store.createTable()).isTrue();
        assertThat(store.createTable())
                .as("a second create says the table exists")
                .isFalse();
        return store;
    }

    private static StackPool pool(DynamoDbLeaseStore store, Duration lease, Duration grace, long seed) {
        return new StackPool(
                store,
                new StackPool.Settings("it", "app-it-", 5, lease, grace, Duration.ofMinutes(2), Duration.ofMillis(20)),
                TimeSource.system(),
                Reporter.silent(),
                new Random(seed));
    }

    @Test
    @Timeout(240)
    void twentyConcurrentJobsOverFiftyRoundsNeverShareASlotNorGrowPastMaxSize() throws Exception {
        DynamoDbLeaseStore store = table("pool-contract");
        Map<String, String> holderBySlot = new ConcurrentHashMap<>();
        List<String> violations = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger releases = new AtomicInteger();
        int jobs = 20;
        int rounds = 50;
        ExecutorService executor = Executors.newFixedThreadPool(jobs);
        List<Future<?>> futures = new ArrayList<>();
        for (int j = 0; j < jobs; j++) {
            int job = j;
            futures.add(executor.submit(() -> {
                StackPool pool = pool(store, Duration.ofMinutes(10), Duration.ofMinutes(2), job);
                for (int round = 0; round < rounds; round++) {
                    String me = "job " + job + " round " + round;
                    StackPool.Lease lease = pool.acquire(new StackPool.Request(me, "b" + job % 3, "c" + round % 4));
                    String other = holderBySlot.putIfAbsent(lease.slot(), me);
                    if (other != null) {
                        violations.add(lease.slot() + " held by " + other + " and " + me);
                    }
                    Thread.onSpinWait();
                    holderBySlot.remove(lease.slot(), me);
                    pool.release(lease, false, "PASSED");
                    releases.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get(200, TimeUnit.SECONDS);
        }
        executor.shutdown();

        assertThat(violations).isEmpty();
        assertThat(releases).hasValue(jobs * rounds);
        List<Slot> slots = store.slots("it");
        assertThat(slots).hasSizeLessThanOrEqualTo(5);
        assertThat(slots).allMatch(s -> s.state() == SlotState.FREE, "every slot released");
        long acquisitions = slots.stream().mapToLong(Slot::fence).sum();
        assertThat(acquisitions).as("every acquire raised a fence exactly once").isEqualTo((long) jobs * rounds);
    }

    @Test
    @Timeout(60)
    void aKilledHolderIsTakenOverOnlyAfterExpiryAndAPausedOneCannotReleaseOrMark() throws Exception {
        DynamoDbLeaseStore store = table("pool-takeover");
        StackPool pool = new StackPool(
                store,
                new StackPool.Settings(
                        "it",
                        "app-it-",
                        1,
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(20),
                        Duration.ofMillis(100)),
                TimeSource.system(),
                Reporter.silent(),
                new Random(1));
        StackPool.Lease killed = pool.acquire(new StackPool.Request("killed job", "main", "c1"));
        pool.recordDeployed(killed, "c1", "k");
        Instant expiry = store.slots("it").get(0).expiresAt();

        StackPool.Lease taker = pool.acquire(new StackPool.Request("next job", "main", "c1"));

        Instant takenAt = Instant.now();
        assertThat(takenAt).as("taken over only after expiry plus grace").isAfter(expiry.plusSeconds(1));
        assertThat(taker.fence()).isEqualTo(killed.fence() + 1);
        assertThat(taker.deployNeeded())
                .as("the dead holder may have been mid-deploy")
                .isTrue();
        assertThatThrownBy(() -> pool.release(killed, false, "PASSED")).isInstanceOf(LeaseLostException.class);
        assertThatThrownBy(() -> pool.recordDeployed(killed, "c-stale", "k")).isInstanceOf(LeaseLostException.class);
        assertThatThrownBy(() -> pool.renew(killed)).isInstanceOf(LeaseLostException.class);
        Slot slot = store.slots("it").get(0);
        assertThat(slot.leaseId()).isEqualTo(taker.leaseId());
        assertThat(slot.deployedCommit()).isNull();
        assertThat(slot.takenOverFrom()).isEqualTo("killed job");
    }

    @Test
    @Timeout(240)
    void shrinkRacingEightJobsNeverRetiresAHeldSlotAndNoReleaseIsLost() throws Exception {
        DynamoDbLeaseStore store = table("pool-shrink-race");
        Map<String, String> holderBySlot = new ConcurrentHashMap<>();
        List<String> violations = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger releases = new AtomicInteger();
        AtomicInteger deletedStacks = new AtomicInteger();
        int jobs = 8;
        int rounds = 25;
        ExecutorService executor = Executors.newFixedThreadPool(jobs);
        List<Future<?>> futures = new ArrayList<>();
        for (int j = 0; j < jobs; j++) {
            int job = j;
            futures.add(executor.submit(() -> {
                StackPool pool = pool(store, Duration.ofMinutes(10), Duration.ofMinutes(2), 100 + job);
                for (int round = 0; round < rounds; round++) {
                    String me = "job " + job + " round " + round;
                    StackPool.Lease lease = pool.acquire(new StackPool.Request(me, "main", "c" + round % 3));
                    if (holderBySlot.putIfAbsent(lease.slot(), me) != null) {
                        violations.add(lease.slot() + " shared by " + me);
                    }
                    pool.deploy(lease, "c" + round % 3, "k", false, stack -> Thread.onSpinWait());
                    holderBySlot.remove(lease.slot(), me);
                    // A retire of a held slot would make this release fail with LeaseLostException.
                    pool.release(lease, false, "PASSED");
                    releases.incrementAndGet();
                }
                return null;
            }));
        }
        StackPool admin = pool(store, Duration.ofMinutes(10), Duration.ofMinutes(2), 7);
        int retired = 0;
        while (futures.stream().anyMatch(f -> !f.isDone())) {
            retired += admin.shrink(1, false, "admin", stack -> {
                        String slot = "stack#" + stack.substring(stack.length() - 2);
                        String holder = holderBySlot.get(slot);
                        if (holder != null) {
                            violations.add("deleted " + stack + " while " + holder + " held it");
                        }
                        deletedStacks.incrementAndGet();
                    })
                    .retired()
                    .size();
        }
        for (Future<?> future : futures) {
            future.get(200, TimeUnit.SECONDS);
        }
        executor.shutdown();

        assertThat(violations).isEmpty();
        assertThat(releases).hasValue(jobs * rounds);
        assertThat(retired).as("the shrinker did retire slots while jobs ran").isPositive();
        assertThat(deletedStacks).hasValue(retired);
        assertThat(store.slots("it")).allMatch(s -> s.state() == SlotState.FREE, "no slot left RETIRING or held");
    }
}
