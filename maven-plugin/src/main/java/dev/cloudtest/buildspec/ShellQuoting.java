package dev.cloudtest.buildspec;

import java.util.regex.Pattern;

/**
 * The one shell quoter for every shell text cloudtest builds from parameters (generated commands, the
 * regenerate command in the buildspec header): a value becomes one single-quoted word, in which the shell
 * expands nothing ({@code $(...)}, backquotes, {@code $VAR}, globs).
 */
public final class ShellQuoting {
    private static final Pattern NEEDS_NO_QUOTES = Pattern.compile("[A-Za-z0-9_./:,=@+-]+");

    private ShellQuoting() {}

    /** {@code text} as one single-quoted shell word. */
    public static String singleQuoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    /** {@code text} bare when the shell reads it unchanged, else {@link #singleQuoted}. */
    public static String word(String text) {
        return NEEDS_NO_QUOTES.matcher(text).matches() ? text : singleQuoted(text);
    }
}
