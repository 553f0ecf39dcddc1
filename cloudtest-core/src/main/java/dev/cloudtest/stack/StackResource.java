package dev.cloudtest.stack;

/** One resource of a stack (ListStackResources). Nested stacks have type {@value #NESTED_STACK_TYPE}. */
public record StackResource(String logicalId, String physicalId, String type, String status) {
    public static final String NESTED_STACK_TYPE = "AWS::CloudFormation::Stack";

    public boolean isNestedStack() {
        return NESTED_STACK_TYPE.equals(type) && physicalId != null && !physicalId.isBlank();
    }
}
