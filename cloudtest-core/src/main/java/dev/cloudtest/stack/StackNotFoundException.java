package dev.cloudtest.stack;

import dev.cloudtest.core.Setting;
import dev.cloudtest.core.UserFixableException;
import java.util.List;

/** The named stack does not exist where it was looked for; stacks with similar names are listed. */
public final class StackNotFoundException extends UserFixableException {
    private static final long serialVersionUID = 1L;

    private final String stackName;
    private final String where;
    private final List<String> similarNames;

    StackNotFoundException(String stackName, String where, List<String> similarNames) {
        super(names -> "Stack '" + stackName + "' does not exist in " + where + "."
                + (similarNames.isEmpty()
                        ? " No stack there has a similar name."
                        : " Stacks with similar names: " + String.join(", ", similarNames) + ".")
                + " Set " + names.name(Setting.STACK_NAME) + " (or the " + StackRequest.STACK_NAME_VARIABLE
                + " environment variable) to the deployed stack, and check the region ("
                + names.name(Setting.REGION) + ").");
        this.stackName = stackName;
        this.where = where;
        this.similarNames = List.copyOf(similarNames);
    }

    public String stackName() {
        return stackName;
    }

    /** The account/region or endpoint searched. */
    public String where() {
        return where;
    }

    public List<String> similarNames() {
        return similarNames;
    }
}
