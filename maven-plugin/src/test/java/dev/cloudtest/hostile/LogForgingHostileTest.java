package dev.cloudtest.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Untrusted text printed by a goal (test names, failure messages, YAML keys) cannot start a line of its own: a
 * line break in it is printed as {@code \n}, so no bare {@code [INFO] BUILD SUCCESS} line appears, and terminal
 * control sequences as escapes ({@code \u009b}, the one-character CSI).
 */
class LogForgingHostileTest {
    private static final String FORGED = "[INFO] BUILD SUCCESS";

    @TempDir
    Path tmp;

    @Test
    void aLineBreakInAFailingTestNameOrMessageDoesNotForgeALogLine() {
        Sandbox sandbox = Sandbox.in(tmp);
        sandbox.file(
                "target/failsafe-reports/TEST-com.example.OrdersIT.xml",
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="com.example.OrdersIT" tests="1" failures="1" errors="0" skipped="0">
                  <testcase name="creates&#10;[INFO] BUILD SUCCESS&#13;&#x2028;&#x9b;2J&#x85;x" classname="com.example.OrdersIT">
                    <failure message="boom&#10;[INFO] BUILD SUCCESS" type="java.lang.AssertionError">\
                boom
                [INFO] BUILD SUCCESS
                </failure>
                  </testcase>
                </testsuite>
                """);

        Outcome outcome = Goal.named("verify", sandbox)
                .set(
                        "reportsDirectories",
                        List.of(sandbox.project()
                                .resolve("target/failsafe-reports")
                                .toFile()))
                .run();

        assertNoForgedLine(outcome);
        assertThat(outcome.output()).contains("creates\\n[INFO] BUILD SUCCESS\\r\\u2028\\u009b2J\\u0085x: boom");
        assertThat(outcome.output()).doesNotContain("\u009b");
        assertThat(outcome.errors()).isNotEmpty();
    }

    @Test
    void aLineBreakInAYamlKeyDoesNotForgeALogLine() {
        Sandbox sandbox = Sandbox.in(tmp);
        sandbox.file(
                "buildspec.yml",
                """
                version: 0.2
                "sneaky\\n[INFO] BUILD SUCCESS": 1
                phases:
                  build:
                    commands:
                      - echo hi
                """);

        Outcome outcome = Goal.named("validate-buildspec", sandbox).run();

        assertNoForgedLine(outcome);
        assertThat(outcome.output()).contains("sneaky\\n[INFO] BUILD SUCCESS");
    }

    @Test
    void aLineBreakInAPipelineNameIsPrintedEscaped() {
        Sandbox sandbox = Sandbox.in(tmp);
        Path pipelineFile = sandbox.file(
                "pipeline.json", "{\"pipeline\": {\"name\": \"demo\\n[INFO] BUILD SUCCESS\", \"stages\": []}}");

        Outcome outcome = Goal.named("add-stage", sandbox)
                .property("cloudtest.pipelineFile", pipelineFile.toString())
                .run()
                .assertRefused("cloudtest.pipelineFile", "demo\\n[INFO] BUILD SUCCESS");

        assertNoForgedLine(outcome);
    }

    @Test
    void aLineBreakInAStackIdIsRefusedAndPrintedEscaped() {
        Sandbox sandbox = Sandbox.in(tmp);

        Outcome outcome = Goal.named("stack-outputs", sandbox)
                .property("cloudtest.stackName", "arn:x\n[INFO] BUILD SUCCESS")
                .property("cloudtest.region", "eu-west-1")
                .run()
                .assertRefused("arn:x\\n[INFO] BUILD SUCCESS", "cloudtest.stackName");

        assertNoForgedLine(outcome);
    }

    private static void assertNoForgedLine(Outcome outcome) {
        List<String> lines = Arrays.asList(outcome.output().split("[\\n\\r\\u0085\\u2028\\u2029]"));
        assertThat(lines).as("printed lines").noneMatch(line -> line.strip().startsWith(FORGED));
    }
}
