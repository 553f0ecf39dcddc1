package dev.cloudtest.it;

import java.util.ArrayList;
import java.util.List;

/** The commands of the README's "Quick start" section: every line of its fenced {@code bash} blocks. */
final class ReadmeQuickStart {
    static final String SECTION_HEADING = "## Quick start";

    private ReadmeQuickStart() {}

    static List<String> commands(String readme) {
        int start = readme.indexOf("\n" + SECTION_HEADING + "\n");
        if (start < 0) {
            throw new IllegalStateException("README.md has no '" + SECTION_HEADING + "' section");
        }
        int end = readme.indexOf("\n## ", start + SECTION_HEADING.length() + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        List<String> commands = new ArrayList<>();
        boolean inBash = false;
        for (String line : section.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("```")) {
                inBash = !inBash && trimmed.equals("```bash");
            } else if (inBash && !trimmed.isEmpty() && !trimmed.startsWith("#")) {
                commands.add(trimmed);
            }
        }
        return commands;
    }
}
