package dev.cloudtest.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cloudtest.testlib.MotoExtension;
import dev.cloudtest.testlib.MotoServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** The README's cloudtest-junit5 example: it is in the README word for word, compiles, and passes on moto. */
@ExtendWith(MotoExtension.class)
class ReadmeExampleTest {
    private static final String STACK = "orders-test";

    // README:start
    @CloudtestStack
    static class OrdersIT {
        @StackOutput("ApiUrl")
        static URI api;

        @AwsClient
        SqsClient sqs;

        @Test
        void anOrderIsQueuedWithinItsSla(@StackExport("orders-queue-url") String queueUrl) {
            String order = "order-" + UUID.randomUUID();
            sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(order));

            Observation<List<Message>> received = Sla.within(Duration.ofSeconds(5))
                    .name("order queued")
                    .untilPolled(
                            timeLeft -> sqs.receiveMessage(b -> b.queueUrl(queueUrl)
                                            .maxNumberOfMessages(10)
                                            .waitTimeSeconds((int) Math.min(20, timeLeft.toSeconds())))
                                    .messages(),
                            messages -> messages.stream().anyMatch(m -> m.body().equals(order)));

            System.out.println("queued after " + received.latency() + ", " + received.attempts() + " looks");
        }

        @Test
        void noRefundIsQueued(@PhysicalId("Orders") String queueUrl) {
            Sla.during(Duration.ofSeconds(2))
                    .name("no refund")
                    .never(() -> sqs.receiveMessage(b -> b.queueUrl(queueUrl)).messages(), messages -> messages.stream()
                            .anyMatch(m -> m.body().startsWith("refund")));
        }

        @Test
        void theApiIsServedOverHttps() {
            assertEquals("https", api.getScheme());
        }
    }
    // README:end

    @Test
    void theExamplePassesAgainstAStackOnMoto(MotoServer moto) {
        MotoStacks.create(moto, STACK, "orders-queue-url");

        TestExecutionSummary summary = MotoStacks.run(OrdersIT.class, moto, STACK);

        assertThat(MotoStacks.failures(summary)).isEmpty();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(3);
    }

    @Test
    void theReadmeShowsTheExampleWordForWord() throws IOException {
        String source = Files.readString(Path.of("src/test/java/dev/cloudtest/junit5/ReadmeExampleTest.java"));
        String example = source.substring(
                source.indexOf("// README:start") + "// README:start\n".length(), source.indexOf("    // README:end"));
        String dedented = example.lines()
                .map(line -> line.startsWith("    ") ? line.substring(4) : line)
                .collect(Collectors.joining("\n", "", "\n"))
                .replace("static class OrdersIT {", "class OrdersIT {");
        String readme = Files.readString(Path.of("../README.md"));
        String section =
                readme.substring(readme.indexOf("<!-- section:junit5 -->"), readme.indexOf("<!-- /section:junit5 -->"));

        assertThat(section).contains(dedented);
        // Every import the README shows is one this file compiles with.
        assertThat(section.lines().filter(l -> l.startsWith("import ")))
                .isNotEmpty()
                .allSatisfy(line -> {
                    if (line.startsWith("import dev.cloudtest.junit5.")) {
                        Class.forName(line.substring("import ".length(), line.length() - 1));
                    } else {
                        assertThat(source).contains(line);
                    }
                });
    }
}
