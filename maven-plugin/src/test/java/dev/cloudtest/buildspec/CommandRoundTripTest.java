package dev.cloudtest.buildspec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Every command the writer writes reads back, with a plain YAML reader, as exactly the same string. */
class CommandRoundTripTest {
    private static final String[] PIECES = {
        ": ",
        " #",
        "#",
        "*",
        "&",
        "!",
        "[",
        "]",
        "{",
        "}",
        "\"",
        "'",
        "\\",
        "\t",
        "\n",
        "\r\n",
        "|",
        ">",
        "%",
        "@",
        "`",
        ",",
        "?",
        "-",
        "--- ",
        "...",
        "~",
        "null",
        "yes",
        "no",
        "on",
        "3.10",
        "010",
        "é",
        "ü",
        "日本",
        "😀",
        "\u00a0",
        "\u2028",
        "\u0085",
        "\u0007",
        "\u001b",
        "\u007f",
        " ",
        "  ",
        "$HOME",
        "${X}",
        "$(date)",
        "a",
        "mvn",
        "verify",
        "-Dx=y",
        "'**/*'",
        "&&",
        "|| true",
        "\\;",
        "{{x}}",
        "\uFEFF",
        "\\n",
        "%TEMP%",
        "Write-Host 'x: y'"
    };

    @Test
    void thousandsOfRandomCommandsSurviveExactly() {
        Random random = new Random(20261121L);
        List<String> commands = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            StringBuilder command = new StringBuilder();
            int parts = 1 + random.nextInt(8);
            for (int p = 0; p < parts; p++) {
                command.append(PIECES[random.nextInt(PIECES.length)]);
            }
            commands.add(command.toString());
        }
        assertRoundTrip(commands);
    }

    @Test
    void theTrapsFromTheReferenceSurvive() {
        assertRoundTrip(List.of(
                "echo \"Hello: world\"",
                "curl -H 'Accept: application/json' http://x",
                "echo a #b",
                "*star",
                "&anchor",
                "!tag",
                "[ -f pom.xml ] && echo yes",
                "{ echo a; }",
                "awk -F: '{ print $2 }'",
                "find . -name 'TEST-*.xml' -exec cp {} out/ \\;",
                "echo 'caf\u00e9 \u65e5\u672c'",
                "line one\n  indented two\nthree\n",
                "no trailing newline\nsecond",
                "  leading spaces",
                "trailing spaces  ",
                "",
                "\n",
                "a\n\n\nb\n\n"));
    }

    @Test
    void multiLineCommandsAreLiteralBlocksAndOneLinersAreDoubleQuoted() {
        Buildspec spec = new Buildspec();
        spec.phase("build").commands.addAll(List.of("echo a: b", "one\ntwo\n"));
        String text = BuildspecWriter.write(spec, List.of());
        assertThat(text).contains("      - \"echo a: b\"\n").contains("      - |\n        one\n        two\n");
    }

    @Test
    void theSameModelGivesTheSameBytes() {
        Buildspec spec = new Buildspec();
        spec.phase("build").commands.add("mvn verify");
        spec.env.variables.put("A", "1");
        assertThat(BuildspecWriter.write(spec, List.of("h"))).isEqualTo(BuildspecWriter.write(spec, List.of("h")));
    }

    private static void assertRoundTrip(List<String> commands) {
        Buildspec spec = new Buildspec();
        spec.phase("build").commands.addAll(commands);
        spec.phase("build").finallyCommands.addAll(commands);
        String text = BuildspecWriter.write(spec, List.of("header"));

        Map<String, Object> read = read(text);
        Map<?, ?> build = (Map<?, ?>) ((Map<?, ?>) read.get("phases")).get("build");
        assertThat(build.get("commands")).isEqualTo(commands);
        assertThat(build.get("finally")).isEqualTo(commands);
        assertThat(BuildspecValidator.validate("roundtrip.yml", text, null)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String text) {
        // A default, independent SnakeYAML reader (not the project's SafeYaml), as CodeBuild users' tools would be.
        return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }
}
