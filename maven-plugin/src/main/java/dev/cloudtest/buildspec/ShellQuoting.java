package dev.cloudtest.buildspec;

/** Quoting for the shell commands the generator writes. */
final class ShellQuoting {
    private ShellQuoting() {}

    /** {@code text} as one single-quoted shell word. */
    static String singleQuoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
