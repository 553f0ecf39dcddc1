package dev.cloudtest.buildspec;

import dev.cloudtest.core.UserFixableException;
import java.util.Locale;

/**
 * The check for parameter values that a generated file carries as they are (a header comment line, a shell
 * word on one line): no line break (LF, CR, NEL, U+2028, U+2029) and no other control character, which would
 * end the comment or the command and let the rest of the value become live YAML or shell. Values written as
 * YAML strings are escaped instead ({@link YamlScalars#quoted}).
 */
public final class ParameterText {
    private ParameterText() {}

    /** {@code value} unchanged, or a refusal naming {@code parameter}, the character and its position. */
    public static String requireOneLine(String parameter, String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isLineBreak(c) || isControl(c)) {
                throw new UserFixableException(
                        printable(parameter) + " contains " + (isLineBreak(c) ? "a line break" : "a control character")
                                + String.format(Locale.ROOT, " (U+%04X)", (int) c) + " at character " + (i + 1)
                                + "; the generated file takes this value on one line. Remove the character from the value.");
            }
        }
        return value;
    }

    /** {@code text} with every line break and control character written as {@code \\uXXXX}. */
    public static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(isLineBreak(c) || isControl(c) ? String.format(Locale.ROOT, "\\u%04X", (int) c) : c);
        }
        return out.toString();
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F);
    }
}
