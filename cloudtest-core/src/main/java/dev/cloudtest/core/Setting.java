package dev.cloudtest.core;

/**
 * A setting the core's messages refer to by meaning, never by a front end's name for it: the Maven plugin says
 * a {@code -D} user property, the JUnit library a system property of the test JVM, another front end
 * says what its users type. Each front end supplies a {@link SettingNames} that renders these.
 */
public enum Setting {
    STACK_NAME("the stack name"),
    STACK_WAIT_TIMEOUT("the stack wait timeout"),
    STACK_POLL_INTERVAL("the stack poll interval"),
    STACK_OUTPUTS("the required stack outputs"),
    STACK_EXPORTS("the required exports"),
    STACK_EXPORT_PATTERN("the export pattern"),
    STACK_RESOURCES("the logical IDs to resolve"),
    STACK_NESTED_STACKS("the search of nested stacks"),
    REGION("the AWS region"),
    PROFILE("the AWS profile"),
    ENDPOINT("the endpoint override");

    private final String description;

    Setting(String description) {
        this.description = description;
    }

    /** Plain words for the setting, as a front end that has no name for it would say it. */
    public String description() {
        return description;
    }
}
