package dev.cloudtest.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A unified-style line diff of two declarations as pretty JSON, for the plan: {@code -} removed, {@code +}
 * added, three lines of context. Edits are local (one stage), so the common head and tail are trimmed
 * before the line-by-line comparison, which keeps it cheap for large pipelines. Secrets in either declaration are
 * {@link SecretMask masked}.
 */
public final class DeclarationDiff {
    private static final int CONTEXT = 3;
    private static final int MAX_MIDDLE_LINES = 4000;

    private DeclarationDiff() {}

    public static String of(JsonNode before, JsonNode after) {
        return lines(
                PipelineJson.pretty(SecretMask.of(before)).split("\n"),
                PipelineJson.pretty(SecretMask.of(after)).split("\n"));
    }

    static String lines(String[] a, String[] b) {
        int head = 0;
        while (head < a.length && head < b.length && a[head].equals(b[head])) {
            head++;
        }
        int tail = 0;
        while (tail < a.length - head
                && tail < b.length - head
                && a[a.length - 1 - tail].equals(b[b.length - 1 - tail])) {
            tail++;
        }
        if (head == a.length && head == b.length) {
            return "";
        }
        List<String> middle = middle(a, b, head, a.length - tail, head, b.length - tail);
        StringBuilder out = new StringBuilder();
        out.append("@@ line ").append(Math.max(1, head - CONTEXT + 1)).append(" @@\n");
        for (int i = Math.max(0, head - CONTEXT); i < head; i++) {
            out.append("  ").append(a[i]).append('\n');
        }
        middle.forEach(line -> out.append(line).append('\n'));
        for (int i = a.length - tail; i < Math.min(a.length, a.length - tail + CONTEXT); i++) {
            out.append("  ").append(a[i]).append('\n');
        }
        return out.toString();
    }

    /** Longest-common-subsequence diff of a[aFrom, aTo) and b[bFrom, bTo). */
    private static List<String> middle(String[] a, String[] b, int aFrom, int aTo, int bFrom, int bTo) {
        int n = aTo - aFrom;
        int m = bTo - bFrom;
        List<String> out = new ArrayList<>();
        if ((long) n * m > (long) MAX_MIDDLE_LINES * MAX_MIDDLE_LINES / 4) {
            for (int i = aFrom; i < aTo; i++) {
                out.add("- " + a[i]);
            }
            for (int j = bFrom; j < bTo; j++) {
                out.add("+ " + b[j]);
            }
            return out;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a[aFrom + i].equals(b[bFrom + j])
                        ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[aFrom + i].equals(b[bFrom + j])) {
                out.add("  " + a[aFrom + i]);
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add("- " + a[aFrom + i]);
                i++;
            } else {
                out.add("+ " + b[bFrom + j]);
                j++;
            }
        }
        return out;
    }
}
