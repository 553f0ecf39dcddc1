package dev.cloudtest.buildspec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
    @Test
    void oneChangedLineWithContext() {
        String old = "a\nb\nc\nd\ne\nf\ng\nh\n";
        String changed = "a\nb\nc\nd\nE\nf\ng\nh\n";
        assertThat(UnifiedDiff.of("old", old, "new", changed))
                .isEqualTo("--- old\n+++ new\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n");
    }

    @Test
    void distantChangesMakeTwoHunks() {
        String old = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n";
        String changed = "x\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\ny\n";
        assertThat(UnifiedDiff.of("o", old, "n", changed))
                .isEqualTo("--- o\n+++ n\n@@ -1,4 +1,4 @@\n-1\n+x\n 2\n 3\n 4\n@@ -10,3 +10,4 @@\n 10\n 11\n 12\n+y\n");
    }

    @Test
    void identicalTextsHaveNoHunk() {
        assertThat(UnifiedDiff.of("o", "a\n", "n", "a\n")).isEqualTo("--- o\n+++ n\n");
    }
}
