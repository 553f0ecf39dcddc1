package dev.cloudtest.reports;

/** Text from a test plugin shown in one message: its first lines only, each bounded. */
final class LogLines {
    private LogLines() {}

    static String firstLines(String text, int lines) {
        return String.join(
                " / ",
                text.strip()
                        .lines()
                        .limit(lines)
                        .map(l -> l.length() > 300 ? l.substring(0, 300) + "…" : l)
                        .toList());
    }
}
