package dev.cloudtest.aws;

import dev.cloudtest.core.EnvironmentException;
import dev.cloudtest.pool.StackPool;
import java.time.Duration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksResponse;

/**
 * Deletes a pool slot's stack for shrink-pool and waits until CloudFormation says it is gone; a stack that does not
 * exist counts as gone.
 *
 * @since 0.1.0
 */
public final class CloudFormationStackDeleter implements StackPool.StackDeleter {
    private final CloudFormationClient cloudFormation;
    private final CloudFormationStackGateway stacks;
    private final Duration poll;
    private final Duration timeout;

    public CloudFormationStackDeleter(AwsClients aws, Duration poll, Duration timeout) {
        this.cloudFormation = aws.cloudFormation();
        this.stacks = new CloudFormationStackGateway(aws);
        this.poll = poll;
        this.timeout = timeout;
    }

    @Override
    public void deleteStack(String stackName) {
        if (stacks.describe(stackName).isEmpty()) {
            return;
        }
        AwsErrors.call("CloudFormation DeleteStack", () -> cloudFormation.deleteStack(b -> b.stackName(stackName)));
        WaiterResponse<DescribeStacksResponse> done;
        try {
            done = cloudFormation
                    .waiter()
                    .waitUntilStackDeleteComplete(
                            DescribeStacksRequest.builder().stackName(stackName).build(),
                            WaiterOverrideConfiguration.builder()
                                    .backoffStrategy(FixedDelayBackoffStrategy.create(poll))
                                    .waitTimeout(timeout)
                                    .maxAttempts(Integer.MAX_VALUE)
                                    .build());
        } catch (SdkException e) {
            throw new EnvironmentException(
                    "Deleting stack " + stackName + " did not finish: "
                            + e.getMessage().lines().findFirst().orElse("") + " See its events in the CloudFormation"
                            + " console, fix what blocks the delete, then run shrink-pool again.",
                    e);
        }
        done.matched().exception().ifPresent(e -> {
            if (!(e instanceof SdkException sdk && AwsErrors.isMissingStack(sdk))) {
                throw new EnvironmentException("Deleting stack " + stackName + " failed: " + e.getMessage(), e);
            }
        });
    }
}
