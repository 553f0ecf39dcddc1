package dev.cloudtest.buildspec;

/** Quoting for the shell commands the generator writes. */
public final class ShellQuoting {
    private ShellQuoting() {}

    /** {@code text} as one single-quoted shell word. */
    public static String singleQuoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
