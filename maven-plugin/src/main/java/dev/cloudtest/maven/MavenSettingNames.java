package dev.cloudtest.maven;

import dev.cloudtest.core.Setting;
import dev.cloudtest.core.SettingNames;

/**
 * The core's settings in the words of a Maven user: the user property ({@code cloudtest.stack.waitTimeout}), set
 * with {@code -D} or as the goal's element in the POM. Every name here is a parameter of a goal (checked by a test
 * against the plugin descriptor).
 */
final class MavenSettingNames implements SettingNames {
    static final MavenSettingNames INSTANCE = new MavenSettingNames();

    private MavenSettingNames() {}

    @Override
    public String name(Setting setting) {
        return switch (setting) {
            case STACK_NAME -> "cloudtest.stackName";
            case STACK_WAIT_TIMEOUT -> "cloudtest.stack.waitTimeout";
            case STACK_POLL_INTERVAL -> "cloudtest.stack.pollInterval";
            case STACK_OUTPUTS -> "cloudtest.stack.outputs";
            case STACK_EXPORTS -> "cloudtest.stack.exports";
            case STACK_EXPORT_PATTERN -> "cloudtest.stack.exportPattern";
            case STACK_RESOURCES -> "cloudtest.stack.resources";
            case STACK_NESTED_STACKS -> "cloudtest.stack.nestedStacks";
            case REGION -> "cloudtest.region";
            case PROFILE -> "cloudtest.profile";
            case ENDPOINT -> "cloudtest.endpoint";
        };
    }

    /** {@code -Dcloudtest.stackName=<stack> (or <stackName> in the plugin configuration)}. */
    @Override
    public String assignment(Setting setting, String value) {
        String property = name(setting);
        String element = property.substring(property.lastIndexOf('.') + 1);
        return "-D" + property + "=" + value + " (or <" + element + "> in the plugin configuration)";
    }
}
