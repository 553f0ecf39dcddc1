package dev.cloudtest.buildspec;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.Tag;

/** Rules for {@code phases}: names, keys, commands, {@code on-failure} and {@code runtime-versions}. */
final class PhaseChecks {
    private PhaseChecks() {}

    static void check(Node root, FindingCollector findings) {
        BuildspecRules rules = BuildspecRules.get();
        YamlNodes.value(root, "phases").ifPresent(phases -> {
            UnknownKeys.check(phases, rules.list("phases"), "phase", findings);
            for (NodeTuple phase : YamlNodes.entries(phases)) {
                if (rules.list("phases").contains(YamlNodes.key(phase))) {
                    phase(YamlNodes.key(phase), phase.getValueNode(), rules, findings);
                }
            }
        });
    }

    private static void phase(String name, Node phase, BuildspecRules rules, FindingCollector findings) {
        if (YamlNodes.isScalar(phase) && YamlNodes.text(phase).isEmpty()) {
            return; // an empty phase ("build:") is tolerated by CodeBuild and common in the wild
        }
        UnknownKeys.check(phase, rules.list("phase-keys"), name + " key", findings);
        YamlNodes.value(phase, "commands").ifPresent(commands -> commands(name, "commands", commands, findings));
        YamlNodes.value(phase, "finally").ifPresent(commands -> commands(name, "finally", commands, findings));
        YamlNodes.value(phase, "on-failure").ifPresent(onFailure -> {
            if (!rules.pattern("on-failure-pattern")
                    .matcher(YamlNodes.text(onFailure))
                    .matches()) {
                findings.error(
                        onFailure,
                        "on-failure",
                        "on-failure '" + YamlNodes.text(onFailure) + "' is not valid",
                        "use ABORT, CONTINUE, RETRY, RETRY-<count 0-100>, RETRY-<regex> or RETRY-<count>-<regex>");
            }
        });
        YamlNodes.value(phase, "runtime-versions").ifPresent(runtimes -> {
            if (!name.equals("install")) {
                findings.error(
                        runtimes,
                        "runtime-versions-placement",
                        "runtime-versions in the " + name + " phase; CodeBuild reads it only in install",
                        "move runtime-versions under phases.install");
            }
            runtimeVersions(runtimes, rules, findings);
        });
    }

    private static void commands(String phase, String key, Node commands, FindingCollector findings) {
        if (!YamlNodes.isSequence(commands)) {
            findings.error(
                    commands,
                    "command-not-string",
                    phase + "." + key + " is not a list of commands",
                    "write each command as a list item: '- \"mvn -B verify\"'");
            return;
        }
        for (Node command : YamlNodes.items(commands)) {
            if (YamlNodes.isMapping(command)) {
                findings.error(
                        command,
                        "command-not-string",
                        "this " + phase + " command is not a string: ': '"
                                + " inside it made YAML read a mapping (CodeBuild fails with YAML_FILE_ERROR 'found subkeys')",
                        "quote the whole command (\"...\", escaping inner \" as \\\") or write it as a block: '- |'");
            } else if (!YamlNodes.isString(command)) {
                findings.error(
                        command,
                        "command-not-string",
                        "this " + phase + " command is not a string but a " + describe(command),
                        "quote the command: '- \"...\"'");
            }
        }
    }

    private static void runtimeVersions(Node runtimes, BuildspecRules rules, FindingCollector findings) {
        Map<String, List<String>> obsolete = rules.lists("obsolete-runtimes");
        for (NodeTuple entry : YamlNodes.entries(runtimes)) {
            String runtime = YamlNodes.key(entry);
            Node version = entry.getValueNode();
            String text = YamlNodes.text(version);
            if (obsolete.getOrDefault(runtime, List.of()).contains(text)) {
                findings.warn(
                        version,
                        "obsolete-runtime",
                        runtime + ": " + text + " exists only on the 2019-2020" + " images and fails on current ones",
                        "use " + runtime + ": "
                                + (runtime.equals("java") ? rules.text("default-java-runtime") : "a current version"));
            }
            if (YamlNodes.isPlain(version) && changedByYaml(version)) {
                findings.warn(
                        version,
                        "unquoted-version",
                        runtime + ": " + text + " is read as the number " + asNumber(version) + ", not the version "
                                + text,
                        "quote it: " + runtime + ": \"" + text + "\"");
            }
        }
    }

    /** Whether YAML typing turns the text into a different value (3.10 -> 3.1, 010 -> 8). */
    private static boolean changedByYaml(Node version) {
        Tag tag = YamlNodes.tag(version);
        if (!tag.equals(Tag.FLOAT) && !tag.equals(Tag.INT)) {
            return false;
        }
        return !asNumber(version).equals(YamlNodes.text(version));
    }

    private static String asNumber(Node version) {
        String text = YamlNodes.text(version);
        try {
            if (YamlNodes.tag(version).equals(Tag.INT)) {
                return text.startsWith("0") && text.length() > 1 && text.matches("0[0-7]+")
                        ? String.valueOf(Long.parseLong(text, 8))
                        : new BigDecimal(text.replace("_", "")).toPlainString();
            }
            String plain =
                    new BigDecimal(text.replace("_", "")).stripTrailingZeros().toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        } catch (NumberFormatException e) {
            return text + " (a number)";
        }
    }

    private static String describe(Node node) {
        if (YamlNodes.isSequence(node)) {
            return "list";
        }
        Tag tag = YamlNodes.tag(node);
        return tag.equals(Tag.NULL) ? "null (an empty item)" : tag.equals(Tag.BOOL) ? "boolean" : "number";
    }
}
