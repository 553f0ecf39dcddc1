package dev.cloudtest.model;

import dev.cloudtest.core.LogText;
import java.util.Optional;
import java.util.regex.Pattern;

/** The name rules of CodePipeline and CodeBuild (docs/aws-apis.md §1.3, §1.4, §3.2). */
public enum Names {
    PIPELINE("pipeline name", 1, 100, "[A-Za-z0-9.@\\-_]+", "letters, digits and . @ - _"),
    STAGE("stage name", 1, 100, "[A-Za-z0-9.@\\-_]+", "letters, digits and . @ - _"),
    ACTION("action name", 1, 100, "[A-Za-z0-9.@\\-_]+", "letters, digits and . @ - _"),
    ARTIFACT("artifact name", 1, 100, "[a-zA-Z0-9_\\-]+", "letters, digits and - _ (no dots)"),
    NAMESPACE("namespace", 1, 100, "[A-Za-z0-9@\\-_]+", "letters, digits and @ - _"),
    PROJECT(
            "CodeBuild project name",
            2,
            150,
            "[A-Za-z0-9][A-Za-z0-9\\-_]*",
            "a letter or digit, then letters," + " digits, - and _"),
    STACK("CloudFormation stack name", 1, 128, "[A-Za-z][A-Za-z0-9\\-]*", "a letter, then letters, digits and -"),
    REGION("AWS region", 1, 25, "[a-z]{2}(-[a-z]+)+-\\d{1,2}", "a region code such as us-east-1 (no wildcards)"),
    VARIABLE("environment variable name", 1, 128, "[A-Za-z0-9_]+", "letters, digits and _"),
    CONFIGURATION_KEY("configuration key", 1, 50, ".+", "any characters");

    private final String what;
    private final int min;
    private final int max;
    private final Pattern pattern;
    private final String allowed;

    Names(String what, int min, int max, String regex, String allowed) {
        this.what = what;
        this.min = min;
        this.max = max;
        this.pattern = Pattern.compile(regex, Pattern.DOTALL);
        this.allowed = allowed;
    }

    /** Why {@code value} is not a valid name of this kind, or empty when it is. */
    public Optional<String> problem(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.of("the " + what + " is empty");
        }
        if (value.length() < min || value.length() > max) {
            return Optional.of("the " + what + " '" + LogText.escape(value) + "' has " + value.length()
                    + " characters; " + min + " to " + max + " are allowed");
        }
        if (!pattern.matcher(value).matches()) {
            return Optional.of("the " + what + " '" + LogText.escape(value) + "' may contain only " + allowed);
        }
        return Optional.empty();
    }
}
