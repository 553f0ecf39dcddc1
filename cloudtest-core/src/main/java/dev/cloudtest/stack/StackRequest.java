package dev.cloudtest.stack;

import dev.cloudtest.core.LogText;
import dev.cloudtest.core.Setting;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.core.Wording;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What to read from a stack.
 *
 * @param waitTimeout how long to wait for an in-progress stack; zero fails at once
 * @param requiredOutputs output keys that must exist (every output is read regardless)
 * @param requiredExports export names that must exist; they are handed over even when the filter does not select them
 * @param logicalIds logical resource IDs whose physical IDs to hand over
 * @param searchNestedStacks look for the logical IDs in nested stacks too
 */
public record StackRequest(
        String stackName,
        Duration waitTimeout,
        Duration pollInterval,
        List<String> requiredOutputs,
        ExportFilter exportFilter,
        List<String> requiredExports,
        List<String> logicalIds,
        boolean searchNestedStacks) {
    public StackRequest {
        requiredOutputs = List.copyOf(requiredOutputs);
        requiredExports = List.copyOf(requiredExports);
        logicalIds = List.copyOf(logicalIds);
    }

    private static final Pattern STACK_NAME = Pattern.compile("[A-Za-z][-A-Za-z0-9]{0,127}");
    private static final Pattern STACK_ID = Pattern.compile("arn:[\\x21-\\x7e]{1,2048}");

    /** The environment variable naming the stack when {@code cloudtest.stackName} is not set. */
    public static final String STACK_NAME_VARIABLE = "ENV_STACK_NAME";

    /**
     * The stack to read: {@code configured} when it is set, else the {@value #STACK_NAME_VARIABLE} variable of
     * {@code environment}; checked to be a stack name or a stack id ARN.
     */
    public static String resolveStackName(String configured, Map<String, String> environment) {
        String fromVariable = environment.get(STACK_NAME_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return checked(configured.trim(), names -> names.name(Setting.STACK_NAME));
        }
        if (fromVariable != null && !fromVariable.isBlank()) {
            return checked(fromVariable.trim(), names -> "the " + STACK_NAME_VARIABLE + " environment variable");
        }
        throw new UserFixableException(names -> "No stack to read: set "
                + names.assignment(Setting.STACK_NAME, "<stack>")
                + ", or the " + STACK_NAME_VARIABLE + " environment variable (add-stage sets it on the CodeBuild"
                + " action).");
    }

    private static String checked(String name, Wording source) {
        if (!STACK_NAME.matcher(name).matches() && !STACK_ID.matcher(name).matches()) {
            throw new UserFixableException(names -> "'" + LogText.escape(name) + "' (from " + source.render(names)
                    + ") is not a CloudFormation stack name: use letters, digits and '-', starting with a letter, at"
                    + " most 128 characters (or the stack id ARN).");
        }
        return name;
    }

    /** Values as a front end hands them over: blank entries dropped, the others trimmed. */
    public static List<String> trimmed(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    /** Only the outputs, no waiting. */
    public static StackRequest outputsOf(String stackName) {
        return new StackRequest(
                stackName,
                Duration.ZERO,
                Duration.ofSeconds(10),
                List.of(),
                ExportFilter.none(),
                List.of(),
                List.of(),
                false);
    }
}
