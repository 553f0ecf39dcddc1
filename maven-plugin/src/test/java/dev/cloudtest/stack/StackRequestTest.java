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

    private static StackRequest request(String stackName, Map<String, String> environment) {
        return StackRequest.fromParameters(
                stackName, environment, "0", "10s", null, ExportFilter.none(), null, null, false);
    }
}
