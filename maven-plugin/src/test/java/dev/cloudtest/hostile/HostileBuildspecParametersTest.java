package dev.cloudtest.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * generate-buildspec with hostile parameters: nothing from a parameter becomes live YAML or runs in a shell;
 * what cannot be escaped is refused naming the parameter.
 */
class HostileBuildspecParametersTest {
    @TempDir
    Path tmp;

    private Sandbox sandbox;

    private Goal generate() {
        sandbox = Sandbox.in(tmp);
        return Goal.named("generate-buildspec", sandbox);
    }

    private Path buildspec() {
        return sandbox.project().resolve("integration_buildspec.yml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r", "\u2028", "\u2029", "\u0085"})
    void aLineBreakInAnUnknownBuildspecPropertyIsRefusedNamingIt(String lineBreak) {
        generate()
                .property(
                        "cloudtest.buildspec.anything",
                        "x" + lineBreak + "artifacts:" + lineBreak + "  files: ['**/*']")
                .run()
                .assertRefused(
                        "-Dcloudtest.buildspec.anything",
                        "line break",
                        String.format("U+%04X", (int) lineBreak.charAt(0)),
                        "Remove the character");
        sandbox.assertNothingWritten();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "cloudtest.buildspec.onFailure",
                "cloudtest.buildspec.javaRuntime",
                "cloudtest.buildspec.shardFiles",
                "cloudtest.buildspec.artifactsBaseDirectory",
                "cloudtest.buildspec.coverageDirectory",
                "cloudtest.buildspec.template"
            })
    void aLineBreakInAKnownPropertyIsBlamedOnThatPropertyNotOnTheHeader(String property) {
        generate()
                .property(property, "value\nrun-as: root")
                .run()
                .assertRefused(property, "line break (U+000A) at character 6");
        sandbox.assertNothingWritten();
    }

    @Test
    void aLineBreakInAPropertyNameIsRefused() {
        generate()
                .property("cloudtest.buildspec.a\nrun-as: root", "x")
                .run()
                .assertRefused("The name of a -Dcloudtest.buildspec.* property", "line break (U+000A)");
        sandbox.assertNothingWritten();
    }

    @Test
    void anEscapeSequenceInAPropertyIsRefused() {
        generate()
                .property("cloudtest.buildspec.javaRuntime", "corretto21\u001b[2J")
                .run()
                .assertRefused("cloudtest.buildspec.javaRuntime", "control character (U+001B)");
    }

    @Test
    void lineBreaksInPomValuesAreEscapedAndReadBackUnchanged() throws IOException {
        String value = "hello\nartifacts:\n  files: ['**/*']\u2028run-as: root\u0085x";
        String command = "echo a\u2028run-as: root";
        generate()
                .set("environmentVariables", Map.of("GREETING", value))
                .set("buildCommands", List.of(command))
                .run()
                .assertSucceeded();

        Map<String, Object> spec = load(buildspec());
        assertThat(spec).containsOnlyKeys("version", "env", "phases", "reports", "cache");
        assertThat(at(spec, "env", "variables", "GREETING"))
                .as(Files.readString(buildspec()))
                .isEqualTo(value);
        assertThat(at(spec, "phases", "build", "commands")).isEqualTo(List.of(command));
        sandbox.assertWroteOnlyUnder(buildspec(), sandbox.output());
    }

    @Test
    void aCommandSubstitutionInTheShardGlobNeverRuns() throws Exception {
        String glob = "**/$(touch x)/`touch y`/*IT.java";
        generate()
                .property("cloudtest.shards", "2")
                .property("cloudtest.buildspec.shardFiles", glob)
                .run()
                .assertSucceeded();
        @SuppressWarnings("unchecked")
        List<String> commands = (List<String>) at(load(buildspec()), "phases", "build", "commands");
        String shard = commands.stream()
                .filter(c -> c.contains("codebuild-tests-run"))
                .findFirst()
                .orElseThrow();

        Path run = Files.createDirectories(tmp.resolve("run"));
        Path bin = Files.createDirectories(run.resolve("bin"));
        // Stand-ins for CodeBuild's tools: codebuild-tests-run runs --files-search in a shell, as CodeBuild does.
        executable(
                bin.resolve("codebuild-tests-run"),
                """
                #!/usr/bin/env bash
                while [ $# -gt 0 ]; do
                  if [ "$1" = --files-search ]; then bash -c "$2"; fi
                  shift
                done
                """);
        executable(bin.resolve("codebuild-glob-search"), "#!/usr/bin/env bash\nprintf '%s' \"$1\" > glob-searched\n");
        String script =
                shard.replace("/tmp/cloudtest-shard.sh", run.resolve("shard.sh").toString());
        ProcessBuilder shell = new ProcessBuilder("bash", "-c", script).directory(run.toFile());
        shell.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process bash = shell.redirectErrorStream(true)
                .redirectOutput(run.resolve("bash.log").toFile())
                .start();
        bash.getOutputStream().close();
        assertThat(bash.waitFor()).as(Files.readString(run.resolve("bash.log"))).isZero();

        assertThat(run.resolve("x")).doesNotExist();
        assertThat(run.resolve("y")).doesNotExist();
        assertThat(run.resolve("glob-searched")).hasContent(glob);
    }

    @Test
    void theRegenerateCommandInTheHeaderQuotesEveryValueAsOneShellWord() throws Exception {
        String value = "mvn verify -Dit.test='A B' $(touch z) `touch w`";
        generate()
                .property("cloudtest.buildspec.testCommand", value)
                .property("cloudtest.buildspec.odd'name", "v")
                .run()
                .assertSucceeded();
        String header = Files.readAllLines(buildspec()).stream()
                .filter(l -> l.startsWith("#   mvn "))
                .findFirst()
                .orElseThrow()
                .substring("#   ".length());

        Path run = Files.createDirectories(tmp.resolve("run"));
        Process bash = new ProcessBuilder("bash", "-c", "set -- " + header + "; printf '%s\\n' \"$@\"")
                .directory(run.toFile())
                .start();
        List<String> words =
                List.of(new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        assertThat(bash.waitFor()).isZero();

        assertThat(words).contains("-Dcloudtest.buildspec.testCommand=" + value, "-Dcloudtest.buildspec.odd'name=v");
        assertThat(run.resolve("z")).doesNotExist();
        assertThat(run.resolve("w")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"101", "10000", "0"})
    void generateBuildspecAndAddStageShareOneShardLimit(String shards) {
        generate()
                .property("cloudtest.shards", shards)
                .run()
                .assertRefused("cloudtest.shards=" + shards, "1 (one build) to 100");
        sandbox.assertNothingWritten();

        Path pipeline = sandbox.file("pipeline.json", Pipelines.classic());
        Outcome addStage = Goal.named("add-stage", sandbox)
                .property("cloudtest.pipelineFile", pipeline.toString())
                .property("cloudtest.shards", shards)
                .run()
                .assertRefused("cloudtest.shards is " + shards, "1 (one build) to 100");
        assertThat(addStage.failure()).doesNotContain("\n");
        sandbox.assertUntouched(pipeline);
    }

    @Test
    void aLatin1TemplateIsNamedAsNotUtf8() {
        generate();
        Path template = sandbox.file("latin1.yml", "version: 0.2\n# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Goal.named("generate-buildspec", sandbox)
                .property("cloudtest.buildspec.template", "latin1.yml")
                .run()
                .assertRefused(template.toString(), "is not UTF-8 text", "Save it as UTF-8");
        sandbox.assertNothingWritten();
    }

    @Test
    void duplicateKeysInATemplateAreRefusedWithFileAndLine() {
        generate();
        Path template = sandbox.file(
                "dup.yml", "version: 0.2\nphases:\n  build:\n    commands: [\"a\"]\n  build:\n    commands: [\"b\"]\n");
        Goal.named("generate-buildspec", sandbox)
                .property("cloudtest.buildspec.template", "dup.yml")
                .run()
                .assertRefused(template + ":5: 'build' appears twice", "Keep one of them");
        sandbox.assertNothingWritten();
    }

    static Map<String, Object> load(Path file) throws IOException {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    static Object at(Map<String, Object> map, String... keys) {
        Object node = map;
        for (String key : keys) {
            node = ((Map<String, Object>) node).get(key);
        }
        return node;
    }

    private static void executable(Path file, String content) throws IOException {
        Files.writeString(file, content);
        assertThat(file.toFile().setExecutable(true)).isTrue();
    }
}
