package dev.cloudtest.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The one line diff of the project: a unified diff ({@code --- old}, {@code +++ new}, {@code @@ -a,b +c,d @@}
 * hunks with three lines of context) of two texts, for showing drift or a planned change in a build log. The
 * common head and tail are skipped before the longest-common-subsequence table is built, so a local edit of a
 * large text (a stage of a big pipeline) stays cheap; a changed middle too large for the table is shown as all
 * its old lines removed, then all its new lines added.
 */
public final class LineDiff {
    private static final int CONTEXT = 3;
    private static final long MAX_TABLE_CELLS = 4_000_000;

    private record Edit(char op, String line) {}

    private LineDiff() {}

    /** The diff, or an empty string when the two texts have the same lines. */
    public static String unified(String oldName, String oldText, String newName, String newText) {
        List<Edit> edits = edits(oldText.lines().toList(), newText.lines().toList());
        List<Integer> changes = new ArrayList<>();
        for (int k = 0; k < edits.size(); k++) {
            if (edits.get(k).op() != ' ') {
                changes.add(k);
            }
        }
        if (changes.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("--- " + oldName + "\n+++ " + newName + "\n");
        int first = 0;
        for (int c = 1; c <= changes.size(); c++) {
            if (c == changes.size() || changes.get(c) - changes.get(c - 1) > 2 * CONTEXT) {
                int start = Math.max(0, changes.get(first) - CONTEXT);
                int end = Math.min(edits.size(), changes.get(c - 1) + 1 + CONTEXT);
                hunk(out, edits, start, end);
                first = c;
            }
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<Edit> edits, int start, int end) {
        out.append("@@ -").append(1 + count(edits, 0, start, '-')).append(',').append(count(edits, start, end, '-'));
        out.append(" +")
                .append(1 + count(edits, 0, start, '+'))
                .append(',')
                .append(count(edits, start, end, '+'))
                .append(" @@\n");
        for (int k = start; k < end; k++) {
            out.append(edits.get(k).op()).append(edits.get(k).line()).append('\n');
        }
    }

    /** Lines of the old ('-') or new ('+') side in edits[from, to); context lines count on both sides. */
    private static int count(List<Edit> edits, int from, int to, char side) {
        int n = 0;
        for (int k = from; k < to; k++) {
            char op = edits.get(k).op();
            if (op == ' ' || op == side) {
                n++;
            }
        }
        return n;
    }

    private static List<Edit> edits(List<String> a, List<String> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head
                && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<Edit> edits = new ArrayList<>();
        a.subList(0, head).forEach(line -> edits.add(new Edit(' ', line)));
        edits.addAll(middle(a.subList(head, a.size() - tail), b.subList(head, b.size() - tail)));
        a.subList(a.size() - tail, a.size()).forEach(line -> edits.add(new Edit(' ', line)));
        return edits;
    }

    /** The edit script of the changed middle, from a longest-common-subsequence table when it is small enough. */
    private static List<Edit> middle(List<String> a, List<String> b) {
        List<Edit> edits = new ArrayList<>();
        if ((long) (a.size() + 1) * (b.size() + 1) > MAX_TABLE_CELLS) {
            a.forEach(line -> edits.add(new Edit('-', line)));
            b.forEach(line -> edits.add(new Edit('+', line)));
            return edits;
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                edits.add(new Edit(' ', a.get(i++)));
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                edits.add(new Edit('-', a.get(i++)));
            } else {
                edits.add(new Edit('+', b.get(j++)));
            }
        }
        return edits;
    }
}
