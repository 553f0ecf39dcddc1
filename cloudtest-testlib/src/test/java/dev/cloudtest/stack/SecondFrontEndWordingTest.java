package dev.cloudtest.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cloudtest.core.FakeTime;
import dev.cloudtest.core.RecordingReporter;
import dev.cloudtest.core.Setting;
import dev.cloudtest.core.SettingNames;
import dev.cloudtest.core.UserFixableException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The core's errors carry facts and name settings by meaning: a front end that is not Maven (here a made-up Gradle
 * plugin with a {@code cloudtest { ... }} block) renders every one of them in its own words, and no Maven word
 * leaks through — without a change to the core.
 */
class SecondFrontEndWordingTest {
    private static final SettingNames GRADLE = new SettingNames() {
        @Override
        public String name(Setting setting) {
            return "cloudtest."
                    + switch (setting) {
                        case STACK_NAME -> "stack";
                        case STACK_WAIT_TIMEOUT -> "stackWait";
                        case STACK_POLL_INTERVAL -> "stackPoll";
                        case STACK_OUTPUTS -> "requireOutputs";
                        case STACK_EXPORTS -> "requireExports";
                        case STACK_EXPORT_PATTERN -> "exportPattern";
                        case STACK_RESOURCES -> "resources";
                        case STACK_NESTED_STACKS -> "nested";
                        case REGION -> "region";
                        case PROFILE -> "profile";
                        case ENDPOINT -> "endpoint";
                    } + " (build.gradle)";
        }

        @Override
        public String assignment(Setting setting, String value) {
            return "cloudtest { " + name(setting).replace("cloudtest.", "").replace(" (build.gradle)", "") + " = "
                    + value + " }";
        }
    };

    private final FakeStackGateway cfn = new FakeStackGateway();
    private final StackValuesReader reader =
            new StackValuesReader(cfn, new FakeTime(), new RecordingReporter(), "region eu-west-1");

    @Test
    void everyStackErrorIsRenderedInTheOtherFrontEndsWords() {
        cfn.stack("orders-1", List.of(new StackOutput("ApiUrl", "https://api", null)), "CREATE_COMPLETE")
                .stack("busy-1", "UPDATE_IN_PROGRESS")
                .resources(
                        "orders-1",
                        new StackResource("OrdersTable", "orders-table", "AWS::DynamoDB::Table", "CREATE_COMPLETE"))
                .export("orders-api", "https://api");

        List<String> messages = List.of(
                rendered(() -> StackRequest.resolveStackName(null, Map.of())),
                rendered(() -> StackRequest.resolveStackName("no such!", Map.of())),
                rendered(() -> reader.read(StackRequest.outputsOf("orders-2"))),
                rendered(() -> reader.read(request("orders-1", List.of("TableName"), List.of(), List.of()))),
                rendered(() -> reader.read(request("orders-1", List.of(), List.of("orders-db"), List.of()))),
                rendered(() -> reader.read(request("orders-1", List.of(), List.of(), List.of("Bucket")))),
                rendered(() -> reader.read(request("busy-1", List.of(), List.of(), List.of()))),
                rendered(() -> ExportFilter.of(null, "table-(", false)));

        assertThat(messages)
                .containsExactly(
                        "No stack to read: set cloudtest { stack = <stack> }, or the ENV_STACK_NAME environment"
                                + " variable (add-stage sets it on the CodeBuild action).",
                        "'no such!' (from cloudtest.stack (build.gradle)) is not a CloudFormation stack name: use"
                                + " letters, digits and '-', starting with a letter, at most 128 characters (or the"
                                + " stack id ARN).",
                        "Stack 'orders-2' does not exist in region eu-west-1. Stacks with similar names: orders-1."
                                + " Set cloudtest.stack (build.gradle) (or the ENV_STACK_NAME environment variable)"
                                + " to the deployed stack, and check the region (cloudtest.region (build.gradle)).",
                        "Stack orders-1 has no output 'TableName' (cloudtest.requireOutputs (build.gradle)). Its"
                                + " outputs: ApiUrl. Fix the output key, or add the output to the stack's template.",
                        "No export named 'orders-db' exists in region eu-west-1 (cloudtest.requireExports"
                                + " (build.gradle)). Exports there: orders-api. Fix the name, or deploy the stack"
                                + " that exports it.",
                        "Stack orders-1 has no resource with logical ID 'Bucket' (cloudtest.resources"
                                + " (build.gradle)). Its logical IDs: OrdersTable. If the resource is in a nested"
                                + " stack, set cloudtest { nested = true }.",
                        "Stack busy-1 is still UPDATE_IN_PROGRESS after 0s of waiting. Set cloudtest { stackWait ="
                                + " 15m } to wait for it.",
                        "'table-(' (from cloudtest.exportPattern (build.gradle)) is not a valid Java regular"
                                + " expression: Unclosed group. Fix the pattern, for example table-.*");
        assertThat(String.join("\n", messages)).doesNotContain("-D", "<stackName>", "plugin configuration");
    }

    @Test
    void theErrorsCarryTheirFactsForAFrontEndThatWordsThemFromScratch() {
        cfn.stack("orders-1", List.of(new StackOutput("ApiUrl", "https://api", null)), "CREATE_COMPLETE")
                .stack("orders-10", "CREATE_COMPLETE");

        StackNotFoundException notFound = catchThrowableOfType(
                () -> reader.read(StackRequest.outputsOf("orders-2")), StackNotFoundException.class);
        MissingStackValueException missing = catchThrowableOfType(
                () -> reader.read(request("orders-1", List.of("TableName", "QueueUrl"), List.of(), List.of())),
                MissingStackValueException.class);

        assertThat(notFound.stackName()).isEqualTo("orders-2");
        assertThat(notFound.where()).isEqualTo("region eu-west-1");
        assertThat(notFound.similarNames()).containsExactly("orders-1", "orders-10");
        assertThat(missing.kind()).isEqualTo(MissingStackValueException.Kind.OUTPUT);
        assertThat(missing.stackName()).isEqualTo("orders-1");
        assertThat(missing.missing()).containsExactly("TableName", "QueueUrl");
        assertThat(missing.available()).containsExactly("ApiUrl");
    }

    private static StackRequest request(
            String stack, List<String> outputs, List<String> exports, List<String> resources) {
        return new StackRequest(
                stack, Duration.ZERO, Duration.ofSeconds(10), outputs, ExportFilter.none(), exports, resources, false);
    }

    private static String rendered(Runnable failing) {
        UserFixableException e = catchThrowableOfType(failing::run, UserFixableException.class);
        assertThat(e).as("expected a UserFixableException").isNotNull();
        return e.messageFor(GRADLE);
    }
}
