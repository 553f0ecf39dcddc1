package dev.cloudtest.buildspec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One positive and one negative case per rule; expected lines counted by hand from the YAML text. */
class BuildspecValidatorTest {
    private static final String PHASES = "phases:\n  build:\n    commands:\n      - \"mvn -B verify\"\n";
    private static final String MINIMAL = "version: 0.2\n" + PHASES;
    private static final String NO_AUTO_DISCOVER =
            "env:\n  variables:\n    CODEBUILD_CONFIG_AUTO_DISCOVER: \"false\"\n";

    private static List<Finding> lint(String yaml) {
        return BuildspecValidator.validate("buildspec.yml", yaml, null);
    }

    private static List<String> rules(String yaml) {
        return lint(yaml).stream().map(f -> f.rule() + "@" + f.line()).toList();
    }

    @Test
    void aMinimalBuildspecIsClean() {
        assertThat(lint(MINIMAL)).isEmpty();
    }

    @Test
    void findingsPrintAsFileLineRuleMessageFix() {
        Finding finding = lint("version: 0.2\nphases:\n  build:\n    commands:\n      - echo Hello: world\n")
                .get(0);
        assertThat(finding.toString())
                .startsWith("buildspec.yml:5: command-not-string: this build command is not a string")
                .contains(" — quote the whole command");
        assertThat(finding.isError()).isTrue();
    }

    @Nested
    class Errors {
        @Test
        void yamlSyntax() {
            assertThat(rules("version: 0.2\nphases:\n  build:\n    commands:\n      - \"a\" b\n"))
                    .containsExactly("yaml-syntax@5");
            assertThat(rules("version: 0.2\nphases: {}\n")).doesNotContain("yaml-syntax@1");
            assertThat(rules("")).containsExactly("yaml-syntax@1");
        }

        @Test
        void tabIndentation() {
            assertThat(rules("version: 0.2\nphases:\n\tbuild:\n")).containsExactly("tab-indentation@3");
            assertThat(rules("version: 0.2\nphases:\n  build:\n    commands:\n      - \"echo\\ta\"\n"))
                    .isEmpty();
        }

        @Test
        void unknownTopLevelAndPhaseKeys() {
            assertThat(rules("version: 0.2\nphase:\n  build: {}\n")).contains("unknown-key@2", "phases-missing@1");
            assertThat(rules("version: 0.2\nphases:\n  test:\n    commands: [\"x\"]\n"))
                    .containsExactly("unknown-key@3");
            assertThat(rules("version: 0.2\nphases:\n  build:\n    command:\n      - \"x\"\n"))
                    .containsExactly("unknown-key@4");
            assertThat(lint("version: 0.2\nphases:\n  prebuild:\n    commands: [\"x\"]\n")
                            .get(0)
                            .fix())
                    .contains("did you mean 'pre_build'");
            assertThat(rules("version: 0.2\nrun-as: codebuild-user\nproxy:\n  logs: yes\n" + PHASES))
                    .isEmpty();
        }

        @Test
        void version() {
            assertThat(rules("version: 0.3\n" + PHASES)).containsExactly("version@1");
            assertThat(rules(PHASES)).containsExactly("version@1");
            assertThat(rules("version: 0.1\n" + PHASES)).isEmpty();
            assertThat(rules("version: \"0.2\"\n" + PHASES)).isEmpty();
        }

        @Test
        void runtimeVersionsOutsideInstall() {
            assertThat(rules("version: 0.2\nphases:\n  build:\n    runtime-versions:\n      java: corretto21\n"
                            + "    commands: [\"x\"]\n"))
                    .containsExactly("runtime-versions-placement@5");
            assertThat(rules("version: 0.2\nphases:\n  install:\n    runtime-versions:\n      java: corretto21\n"))
                    .isEmpty();
        }

        @Test
        void commandNotString() {
            assertThat(rules("version: 0.2\nphases:\n  build:\n    commands:\n      - echo ok\n      - echo a: b\n"))
                    .containsExactly("command-not-string@6");
            assertThat(rules("version: 0.2\nphases:\n  build:\n    commands:\n      - true\n      -\n"))
                    .containsExactly("command-not-string@5", "command-not-string@6");
            assertThat(rules("version: 0.2\nphases:\n  build:\n    commands: mvn verify\n"))
                    .containsExactly("command-not-string@4");
            assertThat(rules("version: 0.2\nphases:\n  build:\n    commands:\n      - 'echo a: b'\n      - |\n"
                            + "        echo a: b\n"))
                    .isEmpty();
        }

        @Test
        void moreThanFiveReportGroups() {
            StringBuilder yaml = new StringBuilder(MINIMAL + NO_AUTO_DISCOVER + "reports:\n");
            for (int i = 1; i <= 6; i++) {
                yaml.append("  g").append(i).append(":\n    files: [\"TEST-*.xml\"]\n");
            }
            assertThat(rules(yaml.toString())).containsExactly("report-group-limit@20");
            assertThat(rules(yaml.substring(0, yaml.indexOf("  g6:")))).isEmpty();
        }

        @Test
        void reportGroupNameAndArn() {
            String head = MINIMAL + NO_AUTO_DISCOVER + "reports:\n";
            assertThat(rules(head + "  \"my group!\":\n    files: [\"a.xml\"]\n"))
                    .containsExactly("report-group-name@10");
            assertThat(rules(
                            head + "  \"arn:aws:codebuild:eu-west-1:12345:report-group/x\":\n    files: [\"a.xml\"]\n"))
                    .containsExactly("report-group-name@10");
            assertThat(rules(head + "  \"arn:aws:codebuild:eu-west-1:123456789012:report-group/it-tests\":\n"
                            + "    files: [\"a.xml\"]\n"))
                    .isEmpty();
        }

        @Test
        void reportGroupFullNameOver128WhenTheProjectIsKnown() {
            String yaml = MINIMAL + NO_AUTO_DISCOVER + "reports:\n  " + "g".repeat(60) + ":\n    files: [\"a.xml\"]\n";
            assertThat(BuildspecValidator.validate("b.yml", yaml, "p".repeat(68)))
                    .extracting(Finding::rule)
                    .containsExactly("report-group-name-length");
            assertThat(BuildspecValidator.validate("b.yml", yaml, "p".repeat(67)))
                    .isEmpty();
            assertThat(BuildspecValidator.validate("b.yml", yaml, null)).isEmpty();
        }

        @Test
        void fileFormat() {
            String head = MINIMAL + NO_AUTO_DISCOVER + "reports:\n  it:\n    files: [\"a.xml\"]\n";
            assertThat(rules(head + "    file-format: JUNIT\n")).containsExactly("file-format@12");
            assertThat(rules(head + "    file-format: JunitXml\n")).isEmpty();
            assertThat(rules(head + "    file-format: JaCoCoXml\n")).isEmpty();
        }

        @Test
        void reportGroupWithoutFiles() {
            assertThat(rules(MINIMAL + NO_AUTO_DISCOVER + "reports:\n  it:\n    base-directory: x\n"))
                    .containsExactly("report-files@10");
        }

        @Test
        void artifactsWithoutFiles() {
            assertThat(rules(MINIMAL + "artifacts:\n  secondary-artifacts:\n    a:\n      files: [\"x\"]\n"))
                    .containsExactly("artifacts-files@7");
            assertThat(rules(MINIMAL + "artifacts:\n  files:\n    - target/*.jar\n  discard-paths: yes\n"))
                    .isEmpty();
        }

        @Test
        void moreThanFiveFallbackKeys() {
            String keys =
                    "cache:\n  key: k\n  fallback-keys: [a, b, c, d, e, f]\n  paths: [\"/root/.m2/repository/**/*\"]\n";
            assertThat(rules(MINIMAL + keys)).containsExactly("cache-fallback-keys@8");
            assertThat(rules(MINIMAL + keys.replace(", f]", "]"))).isEmpty();
        }

        @Test
        void onFailure() {
            String yaml = "version: 0.2\nphases:\n  build:\n    on-failure: %s\n    commands: [\"x\"]\n";
            assertThat(rules(yaml.formatted("STOP"))).containsExactly("on-failure@4");
            assertThat(rules(yaml.formatted("RETRY-101"))).containsExactly("on-failure@4");
            for (String valid : List.of("ABORT", "CONTINUE", "RETRY", "RETRY-3", "RETRY-.*timeout.*", "RETRY-2-err")) {
                assertThat(rules(yaml.formatted(valid))).as(valid).isEmpty();
            }
        }

        @Test
        void sectionThatIsNotAMapping() {
            assertThat(rules("version: 0.2\nphases:\n  - build\n")).containsExactly("not-a-mapping@3");
            assertThat(rules("version: 0.2\nenv:\n" + PHASES)).isEmpty();
        }

        @Test
        void duplicateKeys() {
            assertThat(
                            rules(
                                    "version: 0.2\nphases:\n  build:\n    commands: [\"a\"]\n  build:\n    commands: [\"b\"]\n"))
                    .containsExactly("duplicate-key@5");
        }
    }

    @Nested
    class Warnings {
        @Test
        void obsoleteRuntime() {
            String yaml = "version: 0.2\nphases:\n  install:\n    runtime-versions:\n      java: %s\n";
            List<Finding> findings = lint(yaml.formatted("openjdk11"));
            assertThat(findings)
                    .extracting(Finding::rule, Finding::line)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("obsolete-runtime", 5));
            assertThat(findings.get(0).isError()).isFalse();
            assertThat(lint(yaml.formatted("corretto21"))).isEmpty();
        }

        @Test
        void unquotedVersionThatYamlChanges() {
            String yaml = "version: 0.2\nphases:\n  install:\n    runtime-versions:\n      python: %s\n";
            List<Finding> findings = lint(yaml.formatted("3.10"));
            assertThat(findings).extracting(Finding::rule).containsExactly("unquoted-version");
            assertThat(findings.get(0).message()).contains("3.1,");
            assertThat(lint(yaml.formatted("\"3.10\""))).isEmpty();
            assertThat(lint(yaml.formatted("3.12"))).isEmpty();
            assertThat(lint(yaml.formatted("3.x"))).isEmpty();
            assertThat(rules(yaml.replace("python", "nodejs").formatted("010"))).containsExactly("unquoted-version@5");
        }

        @Test
        void catchAllGlobOverSurefireOrFailsafeFolder() {
            String head = MINIMAL + NO_AUTO_DISCOVER + "reports:\n  it:\n";
            assertThat(rules(head + "    files: ['**/*']\n    base-directory: target/failsafe-reports\n"))
                    .containsExactly("report-glob-too-wide@11");
            assertThat(rules(head + "    files: ['target/surefire-reports/*']\n"))
                    .containsExactly("report-glob-too-wide@11");
            assertThat(rules(head + "    files: ['TEST-*.xml']\n    base-directory: target/failsafe-reports/\n"))
                    .isEmpty();
            assertThat(rules(head + "    files: ['**/*']\n    base-directory: build/test-results\n"))
                    .isEmpty();
        }

        @Test
        void cachedM2WithSettingsXml() {
            assertThat(rules(MINIMAL + "cache:\n  paths:\n    - '/root/.m2/**/*'\n"))
                    .containsExactly("cache-m2-settings@8");
            assertThat(rules(MINIMAL + "cache:\n  paths:\n    - '~/.m2/**/*'\n"))
                    .containsExactly("cache-m2-settings@8");
            assertThat(rules(MINIMAL + "cache:\n  paths:\n    - '/root/.m2/repository/**/*'\n"))
                    .isEmpty();
        }

        @Test
        void envValueThatLooksLikeASecret() {
            String yaml = MINIMAL + "env:\n  variables:\n    %s: \"%s\"\n";
            assertThat(rules(yaml.formatted("KEY_ID", "AKIAIOSFODNN7EXAMPLE"))).containsExactly("env-secret@8");
            assertThat(rules(yaml.formatted("DB_PASSWORD", "hunter2"))).containsExactly("env-secret@8");
            assertThat(rules(yaml.formatted("DB_PASSWORD_PARAM", "${DB_PASSWORD_REF}")))
                    .isEmpty();
            assertThat(rules(yaml.formatted("SKIP_TOKEN_CHECK", "false"))).isEmpty();
            assertThat(rules(yaml.formatted("MAVEN_CLI_OPTS", "-B -ntp"))).isEmpty();
        }

        @Test
        void explicitReportsWithoutDisablingAutoDiscovery() {
            String reports = "reports:\n  it:\n    files: [\"TEST-*.xml\"]\n";
            assertThat(rules(MINIMAL + reports)).containsExactly("report-auto-discover@6");
            assertThat(rules(MINIMAL + NO_AUTO_DISCOVER + reports)).isEmpty();
            assertThat(rules("version: 0.2\nphases:\n  install:\n    commands:\n"
                            + "      - export CODEBUILD_CONFIG_AUTO_DISCOVER=false\n" + reports))
                    .isEmpty();
        }
    }
}
