package dev.cloudtest.junit5;

import dev.cloudtest.core.Setting;
import dev.cloudtest.core.SettingNames;

/**
 * The core's settings in the words of a test author: the system properties (or JUnit configuration parameters)
 * the library reads. Settings the library takes from annotations instead are named by what to annotate.
 */
final class SystemPropertyNames implements SettingNames {
    static final SystemPropertyNames INSTANCE = new SystemPropertyNames();

    private SystemPropertyNames() {}

    @Override
    public String name(Setting setting) {
        return switch (setting) {
            case STACK_NAME -> "the system property " + CloudtestSession.STACK_NAME;
            case STACK_WAIT_TIMEOUT -> "the system property " + CloudtestSession.WAIT_TIMEOUT;
            case REGION -> "the system property " + CloudtestSession.REGION;
            case PROFILE -> "the system property " + CloudtestSession.PROFILE;
            case ENDPOINT -> "the system property " + CloudtestSession.ENDPOINT;
            case STACK_OUTPUTS -> "@StackOutput";
            case STACK_EXPORTS -> "@StackExport";
            case STACK_RESOURCES -> "@PhysicalId";
            default -> setting.description();
        };
    }

    /** {@code -Dcloudtest.stackName=<stack> (a system property of the test JVM)}. */
    @Override
    public String assignment(Setting setting, String value) {
        String name = name(setting);
        return name.startsWith("the system property ")
                ? "-D" + name.substring("the system property ".length()) + "=" + value
                        + " (a system property of the test JVM)"
                : name + " to " + value;
    }
}
