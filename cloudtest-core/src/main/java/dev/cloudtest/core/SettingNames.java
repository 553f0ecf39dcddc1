package dev.cloudtest.core;

/**
 * How one front end names the {@link Setting}s in the messages its users read. The core words its errors through
 * this (see {@link UserFixableException#messageFor}), so a new front end renders them without touching the core.
 */
public interface SettingNames {
    /** The name the user knows the setting by, e.g. {@code cloudtest.stack.waitTimeout}. */
    String name(Setting setting);

    /**
     * How to give the setting a value, as an instruction's object, e.g. a {@code -D} option with the value. By
     * default the name, "=" and the value.
     */
    default String assignment(Setting setting, String value) {
        return name(setting) + "=" + value;
    }

    /** Names for a reader that knows no front end: the setting's plain description. */
    SettingNames PLAIN = new SettingNames() {
        @Override
        public String name(Setting setting) {
            return setting.description();
        }

        @Override
        public String assignment(Setting setting, String value) {
            return setting.description() + " to " + value;
        }
    };
}
