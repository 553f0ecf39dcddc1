package dev.cloudtest.stack;

import dev.cloudtest.core.Setting;
import dev.cloudtest.core.SettingNames;
import dev.cloudtest.core.UserFixableException;
import java.util.List;

/** Values asked for that the stack does not have, with the names it does have. */
public final class MissingStackValueException extends UserFixableException {
    private static final long serialVersionUID = 1L;

    /** What kind of value was missing, and the setting that asked for it. */
    public enum Kind {
        OUTPUT(Setting.STACK_OUTPUTS),
        EXPORT(Setting.STACK_EXPORTS),
        RESOURCE(Setting.STACK_RESOURCES);

        final Setting askedBy;

        Kind(Setting askedBy) {
            this.askedBy = askedBy;
        }
    }

    private final Kind kind;
    private final String stackName;
    private final List<String> missing;
    private final List<String> available;

    MissingStackValueException(
            Kind kind, String stackName, String where, List<String> missing, List<String> available, boolean nested) {
        super(names -> render(kind, stackName, where, missing, available, nested, names));
        this.kind = kind;
        this.stackName = stackName;
        this.missing = List.copyOf(missing);
        this.available = List.copyOf(available);
    }

    public Kind kind() {
        return kind;
    }

    public String stackName() {
        return stackName;
    }

    public List<String> missing() {
        return missing;
    }

    /** The names that exist (the stack's outputs, the region's exports, the stack's logical IDs by path). */
    public List<String> available() {
        return available;
    }

    private static String render(
            Kind kind,
            String stackName,
            String where,
            List<String> missing,
            List<String> available,
            boolean nested,
            SettingNames names) {
        String asked = StackValuesReader.quoted(missing) + " (" + names.name(kind.askedBy) + ")";
        String listed = StackValuesReader.listing(available);
        return switch (kind) {
            case OUTPUT -> "Stack " + stackName + " has no output " + asked + ". Its outputs: " + listed
                    + ". Fix the output key, or add the output to the stack's template.";
            case EXPORT -> "No export named " + StackValuesReader.quoted(missing) + " exists in " + where + " ("
                    + names.name(kind.askedBy) + "). Exports there: " + listed
                    + ". Fix the name, or deploy the stack that exports it.";
            case RESOURCE -> "Stack " + stackName + " has no resource with logical ID " + asked + ". Its logical"
                    + " IDs: " + listed + "."
                    + (nested
                            ? ""
                            : " If the resource is in a nested stack, set "
                                    + names.assignment(Setting.STACK_NESTED_STACKS, "true") + ".");
        };
    }
}
