package dev.cloudtest.hostile;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * validate-buildspec and generate-buildspec (with a template file) on hostile YAML: recursion, alias bombs,
 * placeholder bombs, deep nesting and size give one error naming the file and the limit, in bounded memory.
 */
class HostileYamlFilesTest {
    /** 50,000 aliases of one anchored scalar, in a document of about 950 KB. */
    static String aliasBomb(String before) {
        StringBuilder yaml = new StringBuilder(before)
                .append("x: &x \"")
                .append("A".repeat(390_000))
                .append("\"\nphases:\n  build:\n    commands:\n");
        for (int i = 0; i < 50_000; i++) {
            yaml.append("      - *x\n");
        }
        return yaml.toString();
    }

    /** One placeholder used 50,000 times, its default value 400,000 characters, in about 950 KB. */
    static String placeholderBomb() {
        StringBuilder yaml = new StringBuilder("cloudtest-template:\n  variables:\n    big: \"")
                .append("B".repeat(400_000))
                .append("\"\nversion: 0.2\nphases:\n  build:\n    commands: [\"{{big}}\"");
        yaml.append(", \"{{big}}\"".repeat(49_999));
        return yaml.append("]\n").toString();
    }

    @TempDir
    Path tmp;

    private Outcome validate(Sandbox sandbox, String yaml) {
        sandbox.file("buildspec.yml", yaml);
        return Goal.named("validate-buildspec", sandbox).run();
    }

    private Outcome generateFrom(Sandbox sandbox, String template) {
        sandbox.file("template.yml", template);
        return Goal.named("generate-buildspec", sandbox)
                .property("cloudtest.buildspec.template", "template.yml")
                .run();
    }

    @Test
    void aRecursiveAliasIsAFindingNotAStackOverflow() {
        Sandbox sandbox = Sandbox.in(tmp);
        validate(sandbox, "version: 0.2\na: &a [*a]\nphases:\n  build:\n    commands: [x]\n")
                .assertReported("buildspec.yml:2: yaml-limit", "refers to the list or mapping that contains it")
                .assertNoStackTrace();
        sandbox.assertWroteOnlyUnder(sandbox.output());
    }

    @Test
    void aRecursiveTemplateIsRefused() {
        Sandbox sandbox = Sandbox.in(tmp);
        generateFrom(sandbox, "version: 0.2\na: &a [*a]\n")
                .assertRefused("template.yml", "over a limit", "refers to the list or mapping that contains it");
        sandbox.assertNothingWritten();
    }

    @Test
    void fiftyThousandAliasesOfALargeScalarStopAtTheExpansionLimit() {
        Sandbox sandbox = Sandbox.in(tmp);
        PeakMemory.measure(
                        "validate-buildspec: 950 KB, anchored scalar + 50,000 aliases",
                        () -> validate(sandbox, aliasBomb("version: 0.2\n")))
                .assertReported("buildspec.yml:", "yaml-limit", "more than 2000000 characters", "alias them fewer");
    }

    @Test
    void aTemplateWithFiftyThousandAliasesIsRefused() {
        Sandbox sandbox = Sandbox.in(tmp);
        PeakMemory.measure(
                        "generate-buildspec: 950 KB template, anchored scalar + 50,000 aliases",
                        () -> generateFrom(sandbox, aliasBomb("version: 0.2\n")))
                .assertRefused("template.yml", "over a limit", "more than 2000000 characters");
        sandbox.assertNothingWritten();
    }

    @Test
    void aPlaceholderUsedFiftyThousandTimesStopsAtTheExpansionLimit() {
        Sandbox sandbox = Sandbox.in(tmp);
        PeakMemory.measure(
                        "generate-buildspec: 950 KB template, one placeholder used 50,000 times",
                        () -> generateFrom(sandbox, placeholderBomb()))
                .assertRefused("template.yml", "placeholders expand to more than 2000000 characters", "{{big}}");
        sandbox.assertNothingWritten();
    }

    @Test
    void manyCollectionAliasesAreALimitFinding() {
        Sandbox sandbox = Sandbox.in(tmp);
        StringBuilder yaml = new StringBuilder("version: 0.2\nl: &l [a]\nuses:\n");
        for (int i = 0; i < 25; i++) {
            yaml.append("  - *l\n");
        }
        validate(sandbox, yaml + "phases:\n  build:\n    commands: [x]\n")
                .assertReported("buildspec.yml:", "yaml-limit", "more than 20 aliases to lists or mappings");
    }

    @Test
    void deepNestingIsALimitFinding() {
        Sandbox sandbox = Sandbox.in(tmp);
        validate(sandbox, "version: 0.2\nphases: " + "[".repeat(60) + "]".repeat(60) + "\n")
                .assertReported("buildspec.yml:", "yaml-limit", "nested deeper than 40 levels");
    }

    @Test
    void aTemplateOverOneMegabyteIsRefused() throws IOException {
        Sandbox sandbox = Sandbox.in(tmp);
        generateFrom(sandbox, "version: 0.2\n# " + "x".repeat(1_100_000) + "\n")
                .assertRefused("template.yml", "larger than 1 MB");
        sandbox.assertNothingWritten();
    }
}
