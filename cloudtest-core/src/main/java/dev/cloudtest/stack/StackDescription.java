package dev.cloudtest.stack;

import java.util.List;

/**
 * What DescribeStacks says about one stack.
 *
 * @param statusReason CloudFormation's reason for the status, or empty
 */
public record StackDescription(String name, String id, String status, String statusReason, List<StackOutput> outputs) {
    public StackDescription {
        statusReason = statusReason == null ? "" : statusReason;
        outputs = List.copyOf(outputs);
    }
}
