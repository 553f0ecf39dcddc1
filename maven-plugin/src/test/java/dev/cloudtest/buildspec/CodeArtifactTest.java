package dev.cloudtest.buildspec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.core.UserFixableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The CodeArtifact option: what CodeBuild runs gets a token and a settings.xml, and the token is never written. */
class CodeArtifactTest {
    @TempDir
    Path dir;

    private static TestRequest request() {
        return new TestRequest()
                .header("0.1.0", "mvn cloudtest:generate-buildspec")
                .codeArtifact("acme", "123456789012", "maven-releases", "eu-west-1");
    }

    @SuppressWarnings("unchecked")
    private static List<String> preBuild(String text) {
        Map<String, Object> spec = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        Map<String, Object> phases = (Map<String, Object>) spec.get("phases");
        return (List<String>) ((Map<String, Object>) phases.get("pre_build")).get("commands");
    }

    @Test
    void preBuildFetchesATokenAndWritesSettingsThatOnlyReferToIt() throws Exception {
        List<String> commands =
                preBuild(BuildspecGenerator.generate(request().build()).text());
        assertThat(commands.get(0))
                .startsWith("export CODEARTIFACT_AUTH_TOKEN=\"$(aws codeartifact get-authorization-token --domain"
                        + " 'acme' --domain-owner '123456789012' --region 'eu-west-1'");

        // Run what CodeBuild would run, with a stand-in aws CLI, in a HOME of our own.
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path aws = bin.resolve("aws");
        Files.writeString(aws, "#!/bin/sh\necho s3cr3t-t0ken-value\n");
        Files.setPosixFilePermissions(aws, PosixFilePermissions.fromString("rwx------"));
        Path script = dir.resolve("pre_build.sh");
        Files.writeString(
                script,
                String.join("\n", commands.subList(0, 2))
                        + "\nprintf '%s' \"$CODEARTIFACT_AUTH_TOKEN\" > \"$HOME/token-seen\"\n");
        ProcessBuilder bash = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true);
        bash.environment().put("HOME", dir.toString());
        bash.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process process = bash.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        String settings = Files.readString(dir.resolve(".m2/settings.xml"));
        assertThat(settings)
                .contains("<password>${env.CODEARTIFACT_AUTH_TOKEN}</password>")
                .contains("<url>https://acme-123456789012.d.codeartifact.eu-west-1.amazonaws.com/maven/maven-releases/"
                        + "</url>")
                .doesNotContain("s3cr3t");
        assertThat(dir.resolve("token-seen")).hasContent("s3cr3t-t0ken-value");
        assertThat(String.join("\n", commands)).doesNotContain("s3cr3t");
    }

    @Test
    void aValueOutsideCodeArtifactsNamingRulesIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> new TestRequest().codeArtifact("acme", "12345'; rm -rf /", "r1", "eu-west-1"))
                .isInstanceOf(UserFixableException.class)
                .hasMessageStartingWith("cloudtest.buildspec.codeArtifact.owner '12345'; rm -rf /' is not valid")
                .hasMessageContaining("12-digit account id");
        assertThatThrownBy(() -> new TestRequest().codeArtifact("acme", null, null, null))
                .hasMessageContaining("cloudtest.buildspec.codeArtifact.owner is not set")
                .hasMessageContaining("all four cloudtest.buildspec.codeArtifact.* parameters go together");
    }

    @Test
    void withoutTheOptionNothingChanges() throws IOException {
        String plain = BuildspecGenerator.generate(
                        new TestRequest().header("0.1.0", "mvn x").build())
                .text();
        assertThat(plain).doesNotContain("codeartifact");
    }
}
