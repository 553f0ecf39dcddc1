package dev.cloudtest.junit5.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.aws.AwsClients;
import dev.cloudtest.aws.AwsSettings;
import dev.cloudtest.junit5.SlaViolation;
import dev.cloudtest.testlib.MotoExtension;
import dev.cloudtest.testlib.MotoServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * Starting and following an execution through the real SDK on the real moto server. Moto does not run state
 * machines (its executions stay RUNNING), so here the wait can only miss its SLA; what a failure says is tested
 * on AWS-shaped histories in {@link StepFunctionsExecutionTest}.
 */
@ExtendWith(MotoExtension.class)
class StepFunctionsOnMotoTest {
    @Test
    void anExecutionStartsWithItsInputAndTraceHeaderAndIsFollowed(MotoServer moto) {
        System.setProperty("aws.accessKeyId", "AKIAIOSFODNN7EXAMPLE");
        System.setProperty("aws.secretAccessKey", "moto");
        try (AwsClients aws = AwsClients.open(
                AwsSettings.of("us-east-1", null, moto.endpoint().toString()))) {
            SfnClient sfn = aws.client(SfnClient.class);
            String machine = sfn.createStateMachine(r -> r.name("order-workflow")
                            .roleArn("arn:aws:iam::123456789012:role/order-workflow")
                            .definition("{\"StartAt\":\"Done\",\"States\":{\"Done\":{\"Type\":\"Succeed\"}}}"))
                    .stateMachineArn();

            StepFunctionsExecution run = StepFunctionsExecution.start(
                    sfn,
                    machine,
                    "o-1-run",
                    "{\"orderId\":\"o-1\"}",
                    "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1");

            assertThat(sfn.describeExecution(r -> r.executionArn(run.executionArn()))
                            .input())
                    .isEqualTo("{\"orderId\":\"o-1\"}");
            assertThatThrownBy(() -> run.awaitSuccess("order workflow", Duration.ofMillis(500)))
                    .isInstanceOf(SlaViolation.class)
                    .hasMessageContaining("SLA 'order workflow' missed");

            String missing = machine.replace("order-workflow", "nope");
            assertThatThrownBy(() -> StepFunctionsExecution.start(sfn, missing, "{}"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("No state machine " + missing + " here: check the ARN");
        }
    }
}
