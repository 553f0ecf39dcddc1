package dev.cloudtest.buildspec;

import java.util.ArrayList;
import java.util.List;

/** A line-based unified diff (3 lines of context), enough to show buildspec drift in a CI log. */
final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {}

    static String of(String oldName, String oldText, String newName, String newText) {
        List<String> a = oldText.lines().toList();
        List<String> b = newText.lines().toList();
        List<String[]> edits = edits(a, b);
        StringBuilder out = new StringBuilder("--- " + oldName + "\n+++ " + newName + "\n");
        List<Integer> changes = new ArrayList<>();
        for (int k = 0; k < edits.size(); k++) {
            if (!edits.get(k)[0].equals(" ")) {
                changes.add(k);
            }
        }
        int first = 0;
        for (int c = 1; c <= changes.size(); c++) {
            boolean hunkEnds = c == changes.size() || changes.get(c) - changes.get(c - 1) > 2 * CONTEXT;
            if (hunkEnds && !changes.isEmpty()) {
                int start = Math.max(0, changes.get(first) - CONTEXT);
                int end = Math.min(edits.size(), changes.get(c - 1) + 1 + CONTEXT);
                hunk(out, edits, start, end);
                first = c;
            }
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<String[]> edits, int start, int end) {
        int oldStart = 1 + count(edits, 0, start, "-");
        int newStart = 1 + count(edits, 0, start, "+");
        int oldLength = count(edits, start, end, "-");
        int newLength = count(edits, start, end, "+");
        out.append("@@ -").append(oldStart).append(',').append(oldLength);
        out.append(" +").append(newStart).append(',').append(newLength).append(" @@\n");
        for (int k = start; k < end; k++) {
            out.append(edits.get(k)[0]).append(edits.get(k)[1]).append('\n');
        }
    }

    /** Lines of the old ("-") or new ("+") side in edits[from, to); context lines count on both sides. */
    private static int count(List<String[]> edits, int from, int to, String side) {
        int n = 0;
        for (int k = from; k < to; k++) {
            String op = edits.get(k)[0];
            if (op.equals(" ") || op.equals(side)) {
                n++;
            }
        }
        return n;
    }

    /** The edit script from a longest-common-subsequence table; buildspecs are small, so O(n*m) is fine. */
    private static List<String[]> edits(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String[]> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                edits.add(new String[] {" ", a.get(i++)});
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                edits.add(new String[] {"-", a.get(i++)});
            } else {
                edits.add(new String[] {"+", b.get(j++)});
            }
        }
        return edits;
    }
}
