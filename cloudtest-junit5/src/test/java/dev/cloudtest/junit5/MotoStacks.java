package dev.cloudtest.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudtest.aws.AwsClients;
import dev.cloudtest.aws.AwsSettings;
import dev.cloudtest.testlib.MotoServer;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.StackStatus;

/** Stacks on moto for the end-to-end tests, and running a user's test class against one. */
final class MotoStacks {
    private MotoStacks() {}

    /**
     * Creates (once per moto server) a stack with a queue {@code Orders} and the outputs {@code QueueUrl} (exported
     * as {@code exportName}), {@code ApiUrl} and {@code Port}.
     */
    static void create(MotoServer moto, String stackName, String exportName) {
        String template =
                """
                {
                  "Resources": {
                    "Orders": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "%s-orders"}}
                  },
                  "Outputs": {
                    "QueueUrl": {"Value": {"Ref": "Orders"}, "Export": {"Name": "%s"}},
                    "ApiUrl": {"Value": "https://api.example/orders"},
                    "Port": {"Value": "8443"}
                  }
                }
                """
                        .formatted(stackName, exportName);
        try (AwsClients aws = AwsClients.open(
                AwsSettings.of("us-east-1", null, moto.endpoint().toString()))) {
            CloudFormationClient cfn = aws.cloudFormation();
            if (cfn.listStacks().stackSummaries().stream()
                    .noneMatch(
                            s -> s.stackName().equals(stackName) && s.stackStatus() != StackStatus.DELETE_COMPLETE)) {
                cfn.createStack(b -> b.stackName(stackName).templateBody(template));
            }
            assertThat(cfn.describeStacks(b -> b.stackName(stackName))
                            .stacks()
                            .get(0)
                            .stackStatus())
                    .isEqualTo(StackStatus.CREATE_COMPLETE);
        }
    }

    /** Runs a test class as a user's IDE would, with the stack named and moto as the endpoint. */
    static TestExecutionSummary run(Class<?> testClass, MotoServer moto, String stackName) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create()
                .execute(
                        LauncherDiscoveryRequestBuilder.request()
                                .selectors(DiscoverySelectors.selectClass(testClass))
                                .configurationParameters(Map.of(
                                        "cloudtest.stackName",
                                        stackName,
                                        "cloudtest.region",
                                        "us-east-1",
                                        "cloudtest.endpoint",
                                        moto.endpoint().toString()))
                                .build(),
                        listener);
        return listener.getSummary();
    }

    /** Failure messages by test method name. */
    static Map<String, String> failures(TestExecutionSummary summary) {
        return summary.getFailures().stream()
                .collect(Collectors.toMap(
                        f -> f.getTestIdentifier().getDisplayName().replaceAll("\\(.*", ""),
                        f -> String.valueOf(f.getException().getMessage())));
    }
}
