package dev.cloudtest.junit5;

import java.util.OptionalLong;

/**
 * The stack the tests run against, injected as a test or lifecycle method parameter of this type. When the stack
 * is leased from a pool ({@code cloudtest:acquire-stack}), {@link #fence()} is the lease's fence: a number raised
 * every time the stack changes hands, for logs and for tests that record which lease they ran under.
 *
 * <p>Read from the system properties {@code cloudtest.stackName} and {@code cloudtest.stack.fence}, which
 * acquire-stack and stack-outputs write to {@code target/cloudtest/stack.properties} (hand the file to Failsafe
 * with {@code <systemPropertiesFile>}), else the {@code ENV_STACK_NAME} environment variable (no fence).
 *
 * @param name the CloudFormation stack name
 * @param fence the pool lease's fence, empty when the stack is not leased from a pool
 * @since 0.1.0
 */
public record StackUnderTest(String name, OptionalLong fence) {}
