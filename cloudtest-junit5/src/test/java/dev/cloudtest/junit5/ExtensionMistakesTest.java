package dev.cloudtest.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Mistakes in a test class fail its tests with a message that says what to change; no AWS is called. */
class ExtensionMistakesTest {
    static final AtomicReference<Object> SEEN = new AtomicReference<>();

    @AfterEach
    void clear() {
        System.clearProperty("cloudtest.output.Port");
        System.clearProperty("cloudtest.output.ApiUrl");
    }

    @CloudtestStack
    static class FinalField {
        @StackOutput("ApiUrl")
        final String api = "x";

        @Test
        void test() {}
    }

    @CloudtestStack
    static class NotAClient {
        @AwsClient
        String sqs;

        @Test
        void test() {}
    }

    @CloudtestStack
    static class TwoAnnotations {
        @Test
        void test(@StackOutput("A") @PhysicalId("B") String both) {}
    }

    @CloudtestStack
    static class WrongType {
        @Test
        void test(@StackOutput("ApiUrl") SqsClient api) {}
    }

    @CloudtestStack
    static class NotANumber {
        @StackOutput("Port")
        int port;

        @Test
        void test() {}
    }

    @CloudtestStack
    static class Converted {
        @StackOutput("Port")
        static long port;

        @Test
        void test(@StackOutput("ApiUrl") java.net.URL api) {
            SEEN.set(port + " " + api);
        }
    }

    @Test
    void aFinalFieldIsNamed() {
        assertThat(failure(FinalField.class))
                .isEqualTo("field FinalField.api is final, so it cannot be injected. Remove 'final'.");
    }

    @Test
    void anAwsClientFieldMustHoldAClient() {
        assertThat(failure(NotAClient.class))
                .isEqualTo("field NotAClient.sqs is annotated @AwsClient but its type java.lang.String is not an AWS"
                        + " SDK v2 client (such as SqsClient).");
    }

    @Test
    void oneValuePerParameter() {
        assertThat(failure(TwoAnnotations.class))
                .contains("Only one of @StackOutput, @StackExport and @PhysicalId can be put on one field or"
                        + " parameter; found 2.");
    }

    @Test
    void aTypeThatCannotHoldAValueIsNamed() {
        assertThat(failure(WrongType.class))
                .isEqualTo("@StackOutput(\"ApiUrl\") on parameter 1 (SqsClient) of WrongType.test has type"
                        + " software.amazon.awssdk.services.sqs.SqsClient, which cannot hold a stack value. Use"
                        + " String, URI, URL, int or long.");
    }

    @Test
    void aValueThatIsNotANumberIsNamed() {
        System.setProperty("cloudtest.output.Port", "eighty");
        assertThat(failure(NotANumber.class))
                .startsWith("The value of @StackOutput(\"Port\") on field NotANumber.port is not a int (")
                .endsWith("). Declare it as a String, or fix the stack's value.");
    }

    @Test
    void valuesAreConverted() {
        System.setProperty("cloudtest.output.Port", "8443");
        System.setProperty("cloudtest.output.ApiUrl", "https://api.example/orders");

        TestExecutionSummary summary = run(Converted.class);

        assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
        assertThat(SEEN.get()).isEqualTo("8443 https://api.example/orders");
    }

    private static String failure(Class<?> testClass) {
        TestExecutionSummary summary = run(testClass);
        assertThat(summary.getFailures()).hasSize(1);
        return summary.getFailures().get(0).getException().getMessage();
    }

    private static TestExecutionSummary run(Class<?> testClass) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create()
                .execute(
                        LauncherDiscoveryRequestBuilder.request()
                                .selectors(DiscoverySelectors.selectClass(testClass))
                                .configurationParameters(Map.of("cloudtest.region", "us-east-1"))
                                .build(),
                        listener);
        return listener.getSummary();
    }
}
