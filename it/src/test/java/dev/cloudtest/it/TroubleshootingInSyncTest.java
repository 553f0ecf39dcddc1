package dev.cloudtest.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's Troubleshooting quotes the plugin's real messages: every literal fragment (a code span in a table's
 * first column) must occur in the main sources, so a reworded message cannot leave the README behind.
 */
class TroubleshootingInSyncTest {
    private static final Path REPO =
            Path.of(System.getProperty("cloudtest.repoRoot", "..")).toAbsolutePath();
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
    private static final Pattern PIECES = Pattern.compile(" / |…|\\s{2,}");
    /** A string literal broken across lines with +: joined before searching. */
    private static final Pattern CONCATENATION = Pattern.compile("\"\\s*\\+\\s*\"");

    @Test
    void everyQuotedMessageExistsInTheCode() throws IOException {
        checkSection("\n## Troubleshooting", 20);
    }

    /** The stack pool's own table of messages and fixes (README, "A pool of test stacks"). */
    @Test
    void everyQuotedPoolMessageExistsInTheCode() throws IOException {
        checkSection("\n## A pool of test stacks", 15);
    }

    private static void checkSection(String heading, int atLeast) throws IOException {
        String readme = Files.readString(REPO.resolve("README.md"));
        int start = readme.indexOf(heading);
        assertThat(start).as("the README has a section " + heading.strip()).isPositive();
        int end = readme.indexOf("\n## ", start + 5);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        String sources = mainSources();

        List<String> fragments = new ArrayList<>();
        for (String line : section.lines().toList()) {
            if (!line.startsWith("| ") || line.startsWith("| message") || line.startsWith("| ---")) {
                continue;
            }
            String firstColumn = line.substring(2, Math.max(2, line.indexOf(" | ", 2)));
            Matcher span = CODE_SPAN.matcher(firstColumn);
            while (span.find()) {
                // Alternatives (" / "), elisions (…) and doubled spaces (where a value was left out) split a quote.
                for (String piece : PIECES.split(span.group(1))) {
                    String fragment = piece.strip();
                    if (fragment.length() >= 12 && !fragment.contains("*")) {
                        fragments.add(fragment);
                    }
                }
            }
        }
        assertThat(fragments).as("fragments found in " + heading.strip()).hasSizeGreaterThan(atLeast);
        List<String> missing =
                fragments.stream().filter(f -> !sources.contains(f)).toList();
        assertThat(missing)
                .as(heading.strip() + " fragments no source file says (reword the README)")
                .isEmpty();
    }

    private static String mainSources() throws IOException {
        try (Stream<Path> files = Files.walk(REPO)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> f.toString().contains("/src/main/"))
                    .filter(f -> !f.toString().contains("/target/"))
                    .map(TroubleshootingInSyncTest::read)
                    .map(text -> CONCATENATION.matcher(text).replaceAll("").replace("\\\"", "\""))
                    .collect(Collectors.joining("\n"));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
