package dev.cloudtest.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cloudtest.testlib.MotoExtension;
import dev.cloudtest.testlib.MotoServer;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * End to end against the real moto server: a CloudFormation stack with outputs and an export is created on moto,
 * then test classes written as a user writes them run through the JUnit launcher and find its values.
 */
@ExtendWith(MotoExtension.class)
class StackOnMotoTest {
    static final String STACK = "cloudtest-junit5-e2e";
    static final String EXPORT = "cloudtest-junit5-e2e-queue-url";
    private static MotoServer moto;

    @BeforeAll
    static void createStack(MotoServer server) {
        moto = server;
        MotoStacks.create(moto, STACK, EXPORT);
    }

    /** What a user writes: run alone, it reads the stack from CloudFormation (here moto). */
    @CloudtestStack
    static class OrdersIT {
        @StackOutput("ApiUrl")
        static URI api;

        @StackOutput("QueueUrl")
        String queueUrl;

        @AwsClient
        SqsClient sqs;

        @Test
        void findsItsStack(
                @StackExport(EXPORT) String exported,
                @PhysicalId("Orders") String queue,
                @StackOutput("Port") int port) {
            assertEquals(URI.create("https://api.example/orders"), api);
            assertEquals(queueUrl, exported);
            assertEquals(queueUrl, queue);
            assertEquals(8443, port);
        }

        @Test
        void anOrderSentReachesTheQueueWithinItsSla(SqsClient sameClient) {
            assertEquals(sqs, sameClient);
            sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody("order-1"));

            Observation<List<Message>> received = Sla.within(Duration.ofSeconds(10))
                    .name("order queued")
                    .untilPolled(
                            timeLeft -> sqs.receiveMessage(b -> b.queueUrl(queueUrl)
                                            .waitTimeSeconds((int) Math.min(20, timeLeft.toSeconds())))
                                    .messages(),
                            messages -> !messages.isEmpty());

            assertEquals("order-1", received.value().get(0).body());
        }

        @Test
        void aMissedSlaFailsWithItsFigures() {
            Sla.within(Duration.ofMillis(1_500))
                    .name("queue drained")
                    .untilPolled(
                            timeLeft -> sqs.receiveMessage(b -> b.queueUrl(queueUrl)
                                            .waitTimeSeconds((int) Math.min(20, timeLeft.toSeconds())))
                                    .messages(),
                            messages -> messages.stream().anyMatch(m -> m.body().equals("never sent")));
        }

        @Test
        void aTypoInAnOutputKey(@StackOutput("ApiURL") String typo) {}
    }

    @Test
    void aTestClassFindsItsStackAndItsClientsAndRecordsItsSlas() throws Exception {
        TestExecutionSummary summary = MotoStacks.run(OrdersIT.class, moto, STACK);

        Map<String, String> failures = MotoStacks.failures(summary);
        assertThat(failures).containsOnlyKeys("aMissedSlaFailsWithItsFigures", "aTypoInAnOutputKey");
        assertThat(failures.get("aTypoInAnOutputKey"))
                .contains("Stack cloudtest-junit5-e2e has no output 'ApiURL' (@StackOutput(\"ApiURL\") on parameter 1"
                        + " (String) of OrdersIT.aTypoInAnOutputKey)")
                .contains("Its outputs: ApiUrl, Port, QueueUrl.");
        assertThat(failures.get("aMissedSlaFailsWithItsFigures"))
                .containsPattern(
                        "^SLA 'queue drained' missed: not met within 1\\.500s \\(waited 1\\.[5-9]\\d\\ds, \\d+ looks?\\)\\.");
        assertThat(summary.getTestsSucceededCount()).isEqualTo(2);

        String records = Files.readString(SlaFile.shared().file());
        assertThat(records)
                .contains("\"test\":\"OrdersIT#anOrderSentReachesTheQueueWithinItsSla\",\"name\":\"order queued\","
                        + "\"kind\":\"within\",\"slaMs\":10000")
                .contains("\"test\":\"OrdersIT#aMissedSlaFailsWithItsFigures\",\"name\":\"queue drained\"");
    }

    /** Run under cloudtest:stack-outputs + Failsafe: the system properties win, CloudFormation is not asked. */
    @CloudtestStack
    static class HandedOverIT {
        @Test
        void readsTheHandedOverValue(@StackOutput("ApiUrl") String api) {
            assertEquals("https://from-failsafe.example", api);
        }
    }

    @Test
    void valuesHandedOverAsSystemPropertiesWin() {
        System.setProperty("cloudtest.output.ApiUrl", "https://from-failsafe.example");
        try {
            TestExecutionSummary summary = MotoStacks.run(HandedOverIT.class, moto, STACK);
            assertThat(MotoStacks.failures(summary)).isEmpty();
            assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
        } finally {
            System.clearProperty("cloudtest.output.ApiUrl");
        }
    }
}
