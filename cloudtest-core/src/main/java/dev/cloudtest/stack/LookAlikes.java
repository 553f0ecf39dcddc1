package dev.cloudtest.stack;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Names close to a wanted one (typos, a missing stage suffix), to put in "does not exist" messages. */
final class LookAlikes {
    private LookAlikes() {}

    static List<String> among(String wanted, Collection<String> names, int max) {
        String w = wanted.toLowerCase(Locale.ROOT);
        return names.stream()
                .filter(name -> isLike(w, name.toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparingInt((String name) -> distance(w, name.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(max)
                .toList();
    }

    private static boolean isLike(String wanted, String name) {
        if (name.equals(wanted)) {
            return true;
        }
        if (Math.min(wanted.length(), name.length()) >= 4 && (name.contains(wanted) || wanted.contains(name))) {
            return true;
        }
        return distance(wanted, name) <= Math.max(2, wanted.length() / 4);
    }

    /** Levenshtein distance, two rows; names are at most 128 characters. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
