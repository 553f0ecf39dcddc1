package dev.cloudtest.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.core.Setting;
import dev.cloudtest.core.SettingNames;
import dev.cloudtest.core.UserFixableException;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackRequestTest {
    private static final Map<String, String> CODEBUILD = Map.of("ENV_STACK_NAME", " orders-test-1 ");
    /** A front end whose users set {@code stackName = "..."} in a build script. */
    private static final SettingNames SCRIPT = setting -> switch (setting) {
        case STACK_NAME -> "stackName";
        default -> setting.description();
    };

    @Test
    void theSettingWinsOverTheEnvironment() {
        assertThat(StackRequest.resolveStackName("orders-dev", CODEBUILD)).isEqualTo("orders-dev");
        assertThat(StackRequest.resolveStackName(" ", CODEBUILD)).isEqualTo("orders-test-1");
        assertThat(StackRequest.resolveStackName(null, CODEBUILD)).isEqualTo("orders-test-1");
    }

    @Test
    void noStackNameAnywhereSaysBothWaysInTheFrontEndsWords() {
        assertThatThrownBy(() -> StackRequest.resolveStackName(null, Map.of()))
                .isInstanceOfSatisfying(UserFixableException.class, e -> assertThat(e.messageFor(SCRIPT))
                        .isEqualTo("No stack to read: set stackName=<stack>, or the ENV_STACK_NAME environment"
                                + " variable (add-stage sets it on the CodeBuild action)."));
    }

    @Test
    void aMalformedStackNameIsNamedWithItsSourceBeforeAnyCall() {
        // Found by QA: 'bad name!' reached DescribeStacks and came back as "check the credentials, the region...".
        assertThatThrownBy(() -> StackRequest.resolveStackName("bad name!", Map.of()))
                .isInstanceOfSatisfying(UserFixableException.class, e -> assertThat(e.messageFor(SCRIPT))
                        .isEqualTo("'bad name!' (from stackName) is not a CloudFormation stack name: use letters,"
                                + " digits and '-', starting with a letter, at most 128 characters (or the stack id"
                                + " ARN)."));
        assertThatThrownBy(() -> StackRequest.resolveStackName(null, Map.of("ENV_STACK_NAME", "1stack")))
                .hasMessageStartingWith("'1stack' (from the ENV_STACK_NAME environment variable) is not");
        String arn = "arn:aws:cloudformation:us-east-1:123456789012:stack/orders/0a1b";
        assertThat(StackRequest.resolveStackName(arn, Map.of())).isEqualTo(arn);
        assertThat(StackRequest.resolveStackName("a" + "-b".repeat(63) + "c", Map.of()))
                .hasSize(128);
    }

    @Test
    void withoutAFrontEndTheMessageDescribesTheSetting() {
        assertThatThrownBy(() -> StackRequest.resolveStackName(null, Map.of()))
                .hasMessageStartingWith("No stack to read: set " + Setting.STACK_NAME.description() + " to <stack>");
    }

    @Test
    void listsAreTrimmed() {
        assertThat(StackRequest.trimmed(Arrays.asList(" ApiUrl", "", "TableName ")))
                .containsExactly("ApiUrl", "TableName");
        assertThat(StackRequest.trimmed(null)).isEmpty();
    }
}
