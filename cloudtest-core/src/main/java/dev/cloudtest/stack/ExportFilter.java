package dev.cloudtest.stack;

import dev.cloudtest.core.InvalidSettingException;
import dev.cloudtest.core.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which account-wide exports to hand to the tests. Every criterion given must hold; with none given, no
 * export is selected by name (only the ones asked for explicitly).
 */
public record ExportFilter(Optional<String> prefix, Optional<Pattern> pattern, boolean containsStackName) {

    public static ExportFilter none() {
        return new ExportFilter(Optional.empty(), Optional.empty(), false);
    }

    /** Builds a filter from raw parameter values; blank means "not given". */
    public static ExportFilter of(String prefix, String regex, boolean containsStackName) {
        return new ExportFilter(
                blankToEmpty(prefix), blankToEmpty(regex).map(ExportFilter::compile), containsStackName);
    }

    public boolean isEmpty() {
        return prefix.isEmpty() && pattern.isEmpty() && !containsStackName;
    }

    public boolean matches(String exportName, String stackName) {
        return !isEmpty()
                && prefix.map(exportName::startsWith).orElse(true)
                && pattern.map(p -> p.matcher(exportName).matches()).orElse(true)
                && (!containsStackName || exportName.contains(stackName));
    }

    /** The criteria in words, for messages. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        prefix.ifPresent(p -> parts.add("starting with '" + p + "'"));
        pattern.ifPresent(p -> parts.add("matching /" + p.pattern() + "/"));
        if (containsStackName) {
            parts.add("containing the stack name");
        }
        return String.join(" and ", parts);
    }

    private static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new InvalidSettingException(
                    Setting.STACK_EXPORT_PATTERN,
                    regex,
                    "is not a valid Java regular expression: " + e.getDescription()
                            + ". Fix the pattern, for example table-.*");
        }
    }

    private static Optional<String> blankToEmpty(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
