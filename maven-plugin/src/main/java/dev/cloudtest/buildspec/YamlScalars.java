package dev.cloudtest.buildspec;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the writer spells a string so that any YAML 1.1 or 1.2 reader gets exactly that string back: plain only
 * for simple words and paths, otherwise double-quoted with escapes, and multi-line commands as literal blocks.
 */
final class YamlScalars {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_/][A-Za-z0-9_./-]*");
    /** Words YAML 1.1 reads as booleans or null. */
    private static final Set<String> RESERVED_WORDS =
            Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null");

    private YamlScalars() {}

    /** A value that stays plain when that is safe and reads back as the same string. */
    static String plainOrQuoted(String value) {
        boolean plain = PLAIN.matcher(value).matches()
                && !RESERVED_WORDS.contains(value.toLowerCase(Locale.ROOT))
                && !value.endsWith(".");
        return plain ? value : quoted(value);
    }

    /** A double-quoted scalar: every character that YAML could fold, strip or misread is escaped. */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\0' -> out.append("\\0");
                case '\u0085' -> out.append("\\N");
                case '\u2028' -> out.append("\\L");
                case '\u2029' -> out.append("\\P");
                default -> appendOther(out, value, i, c);
            }
        }
        return out.append('"').toString();
    }

    private static void appendOther(StringBuilder out, String value, int i, char c) {
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            out.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
        } else if (c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF' || isLoneSurrogate(value, i)) {
            out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
        } else {
            out.append(c);
        }
    }

    private static boolean isLoneSurrogate(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(value.charAt(i - 1));
        }
        return false;
    }

    /**
     * Whether a multi-line command can be a literal block ({@code |}) and read back unchanged: printable
     * characters and line feeds only, no tabs (a tab in indentation is an error), and a first line that fixes
     * the indentation.
     */
    static boolean fitsLiteralBlock(String value) {
        // More than one final line feed would need keep chomping (|+), which also swallows the blank line
        // before the next section.
        if (!value.contains("\n") || value.isBlank() || value.endsWith("\n\n")) {
            return false;
        }
        char first = value.charAt(0);
        if (first == ' ' || first == '\n') {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F);
            boolean special = c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF';
            if (control || special || isLoneSurrogate(value, i)) {
                return false;
            }
        }
        return true;
    }

    /** The block header: {@code |-} without a final line feed, {@code |} with one. */
    static String literalBlockHeader(String value) {
        return value.endsWith("\n") ? "|" : "|-";
    }
}
