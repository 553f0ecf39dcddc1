package dev.cloudtest.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LineDiffTest {
    @Test
    void oneChangedLineWithContext() {
        String old = "a\nb\nc\nd\ne\nf\ng\nh\n";
        String changed = "a\nb\nc\nd\nE\nf\ng\nh\n";
        assertThat(LineDiff.unified("old", old, "new", changed))
                .isEqualTo("--- old\n+++ new\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n");
    }

    @Test
    void distantChangesMakeTwoHunks() {
        String old = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n";
        String changed = "x\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\ny\n";
        assertThat(LineDiff.unified("o", old, "n", changed))
                .isEqualTo("--- o\n+++ n\n@@ -1,4 +1,4 @@\n-1\n+x\n 2\n 3\n 4\n@@ -10,3 +10,4 @@\n 10\n 11\n 12\n+y\n");
    }

    @Test
    void identicalLinesHaveNoDiff() {
        assertThat(LineDiff.unified("o", "a\nb\n", "n", "a\r\nb\r\n")).isEmpty();
    }

    @Test
    void aLocalEditOfAHugeTextIsOneSmallHunkWithTheRightLineNumbers() {
        String old = numbered(200_000, 0);
        String changed = numbered(200_000, 150_002);
        assertThat(LineDiff.unified("o", old, "n", changed))
                .isEqualTo("--- o\n+++ n\n@@ -149999,7 +149999,7 @@\n"
                        + " line 149999\n line 150000\n line 150001\n-line 150002\n+changed 150002\n"
                        + " line 150003\n line 150004\n line 150005\n");
    }

    @Test
    void aMiddleTooLargeForTheTableIsShownAsRemovedThenAdded() {
        String old = IntStream.range(0, 3000).mapToObj(i -> "old " + i + "\n").collect(Collectors.joining());
        String changed =
                IntStream.range(0, 3000).mapToObj(i -> "new " + i + "\n").collect(Collectors.joining());
        String diff = LineDiff.unified("o", old, "n", changed);
        assertThat(diff).startsWith("--- o\n+++ n\n@@ -1,3000 +1,3000 @@\n-old 0\n-old 1\n");
        assertThat(diff).contains("-old 2999\n+new 0\n").endsWith("+new 2999\n");
    }

    private static String numbered(int lines, int changedLine) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= lines; i++) {
            text.append(i == changedLine ? "changed " : "line ").append(i).append('\n');
        }
        return text.toString();
    }
}
