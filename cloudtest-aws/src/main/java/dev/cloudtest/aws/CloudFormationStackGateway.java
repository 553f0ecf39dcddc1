package dev.cloudtest.aws;

import dev.cloudtest.stack.StackDescription;
import dev.cloudtest.stack.StackExport;
import dev.cloudtest.stack.StackGateway;
import dev.cloudtest.stack.StackOutput;
import dev.cloudtest.stack.StackResource;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackStatus;

/** {@link StackGateway} over the SDK's CloudFormation client, every list read through its paginator. */
public final class CloudFormationStackGateway implements StackGateway {
    private final CloudFormationClient cloudFormation;

    public CloudFormationStackGateway(AwsClients clients) {
        this.cloudFormation = clients.cloudFormation();
    }

    @Override
    public Optional<StackDescription> describe(String stackNameOrId) {
        try {
            return cloudFormation.describeStacksPaginator(b -> b.stackName(stackNameOrId)).stacks().stream()
                    .findFirst()
                    .map(CloudFormationStackGateway::toDescription);
        } catch (SdkException e) {
            if (AwsErrors.isMissingStack(e)) {
                return Optional.empty();
            }
            throw AwsErrors.translate("CloudFormation DescribeStacks", e);
        }
    }

    @Override
    public List<String> liveStackNames() {
        try {
            return cloudFormation.listStacksPaginator(b -> b.build()).stackSummaries().stream()
                    .filter(s -> s.stackStatus() != StackStatus.DELETE_COMPLETE)
                    .map(s -> s.stackName())
                    .distinct()
                    .toList();
        } catch (RuntimeException e) {
            // Only used for suggestions: a caller without cloudformation:ListStacks still gets the main error.
            return List.of();
        }
    }

    @Override
    public List<StackExport> exports() {
        return AwsErrors.call(
                "CloudFormation ListExports",
                () -> cloudFormation.listExportsPaginator(b -> b.build()).exports().stream()
                        .map(e -> new StackExport(e.name(), e.value(), e.exportingStackId()))
                        .toList());
    }

    @Override
    public List<StackResource> resources(String stackNameOrId) {
        return AwsErrors.call(
                "CloudFormation ListStackResources",
                () ->
                        cloudFormation
                                .listStackResourcesPaginator(b -> b.stackName(stackNameOrId))
                                .stackResourceSummaries()
                                .stream()
                                .map(r -> new StackResource(
                                        r.logicalResourceId(),
                                        r.physicalResourceId(),
                                        r.resourceType(),
                                        r.resourceStatusAsString()))
                                .toList());
    }

    private static StackDescription toDescription(Stack stack) {
        List<StackOutput> outputs = stack.outputs().stream()
                .map(o -> new StackOutput(o.outputKey(), o.outputValue(), o.exportName()))
                .toList();
        return new StackDescription(
                stack.stackName(), stack.stackId(), stack.stackStatusAsString(), stack.stackStatusReason(), outputs);
    }
}
