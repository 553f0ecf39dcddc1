package dev.cloudtest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReadmeQuickStartTest {
    @Test
    void takesEveryCommandOfTheBashBlocksInTheQuickStartSectionOnly() {
        String readme = String.join(
                "\n",
                "# title",
                "```bash",
                "echo before",
                "```",
                "## Quick start",
                "Run the demo:",
                "```bash",
                "# a comment",
                "./mvnw -B verify -pl examples/lab -am",
                "",
                "```",
                "Sample output:",
                "```text",
                "./mvnw not a command",
                "```",
                "```bash",
                "  ./mvnw -B -ntp verify  ",
                "```",
                "## Goals",
                "```bash",
                "echo after",
                "```");

        assertThat(ReadmeQuickStart.commands(readme))
                .containsExactly("./mvnw -B verify -pl examples/lab -am", "./mvnw -B -ntp verify");
    }

    @Test
    void aReadmeWithoutTheSectionIsAnError() {
        assertThatThrownBy(() -> ReadmeQuickStart.commands("# title\n## Usage\n"))
                .hasMessageContaining("'## Quick start'");
    }
}
