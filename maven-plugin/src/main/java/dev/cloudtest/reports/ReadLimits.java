package dev.cloudtest.reports;

/**
 * How much of a report's text is kept. Only these bounded pieces stay in memory; {@code <system-out>} and
 * {@code <system-err>} are skipped unread.
 *
 * @param messageChars characters kept of a {@code message} attribute (and of names)
 * @param detailChars characters kept of a failure's text (stack trace)
 * @param listedTests failing or flaky tests kept per file and per summary; the rest are only counted
 */
public record ReadLimits(int messageChars, int detailChars, int listedTests) {
    public static final ReadLimits DEFAULT = new ReadLimits(2_048, 4_096, 1_000);
}
