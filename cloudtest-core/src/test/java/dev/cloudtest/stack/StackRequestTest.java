package dev.cloudtest.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.core.UserFixableException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackRequestTest {
    private static final Map<String, String> CODEBUILD = Map.of("ENV_STACK_NAME", " orders-test-1 ");

    @Test
    void theParameterWinsOverTheEnvironment() {
        assertThat(request("orders-dev", CODEBUILD).stackName()).isEqualTo("orders-dev");
        assertThat(request(" ", CODEBUILD).stackName()).isEqualTo("orders-test-1");
        assertThat(request(null, CODEBUILD).stackName()).isEqualTo("orders-test-1");
    }

    @Test
    void noStackNameAnywhereSaysBothWays() {
        assertThatThrownBy(() -> request(null, Map.of()))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("-Dcloudtest.stackName=<stack>")
                .hasMessageContaining("ENV_STACK_NAME environment variable");
    }

    @Test
    void listsAreTrimmedAndDurationsParsed() {
        StackRequest request = StackRequest.fromParameters(
                "s",
                Map.of(),
                "15m",
                "5s",
                Arrays.asList(" ApiUrl", "", "TableName "),
                ExportFilter.none(),
                null,
                List.of("OrdersTable"),
                true);

        assertThat(request.requiredOutputs()).containsExactly("ApiUrl", "TableName");
        assertThat(request.requiredExports()).isEmpty();
        assertThat(request.logicalIds()).containsExactly("OrdersTable");
        assertThat(request.waitTimeout()).isEqualTo(Duration.ofMinutes(15));
        assertThat(request.pollInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(request.searchNestedStacks()).isTrue();
    }

    @Test
    void aMalformedStackNameIsNamedWithItsSourceBeforeAnyCall() {
        // Found by QA: 'bad name!' reached DescribeStacks and came back as "check the credentials, the region...".
        assertThatThrownBy(() -> request("bad name!", Map.of()))
                .isInstanceOf(UserFixableException.class)
                .hasMessage("'bad name!' (from cloudtest.stackName) is not a CloudFormation stack name: use letters,"
                        + " digits and '-', starting with a letter, at most 128 characters (or the stack id ARN).");
        assertThatThrownBy(() -> request(null, Map.of("ENV_STACK_NAME", "1stack")))
                .hasMessageStartingWith("'1stack' (from the ENV_STACK_NAME environment variable) is not");
        String arn = "arn:aws:cloudformation:us-east-1:123456789012:stack/orders/0a1b";
        assertThat(request(arn, Map.of()).stackName()).isEqualTo(arn);
        assertThat(request("a" + "-b".repeat(63) + "c", Map.of()).stackName()).hasSize(128);
    }

    @Test
    void aZeroPollIntervalIsRefused() {
        // Found by QA: pollInterval=0 made 133 DescribeStacks calls in 9 seconds while waiting.
        assertThatThrownBy(() -> StackRequest.fromParameters(
                        "s", Map.of(), "1m", "0", null, ExportFilter.none(), null, null, false))
                .isInstanceOf(UserFixableException.class)
                .hasMessageStartingWith("cloudtest.stack.pollInterval '0' is too short");
    }

    private static StackRequest request(String stackName, Map<String, String> environment) {
        return StackRequest.fromParameters(
                stackName, environment, "0", "10s", null, ExportFilter.none(), null, null, false);
    }
}
