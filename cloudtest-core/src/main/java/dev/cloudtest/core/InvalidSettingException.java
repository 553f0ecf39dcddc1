package dev.cloudtest.core;

/**
 * A setting's value the core cannot use.
 *
 * @see #setting() which setting, {@link #value()} what it was, {@link #problem()} what is wrong with it
 */
public final class InvalidSettingException extends UserFixableException {
    private static final long serialVersionUID = 1L;

    private final Setting setting;
    private final String value;
    private final String problem;

    /**
     * @param problem what is wrong and how to fix it, a sentence that follows "'value' (from the setting) "
     */
    public InvalidSettingException(Setting setting, String value, String problem) {
        super(names -> "'" + LogText.escape(value) + "' (from " + names.name(setting) + ") " + problem);
        this.setting = setting;
        this.value = value;
        this.problem = problem;
    }

    public Setting setting() {
        return setting;
    }

    public String value() {
        return value;
    }

    public String problem() {
        return problem;
    }
}
