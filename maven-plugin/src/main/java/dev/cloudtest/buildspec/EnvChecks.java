package dev.cloudtest.buildspec;

import dev.cloudtest.core.Secrets;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** Rules for {@code env}: known keys, and plain-text variables that look like secrets. */
final class EnvChecks {
    private EnvChecks() {}

    static void check(Node root, FindingCollector findings) {
        BuildspecRules rules = BuildspecRules.get();
        YamlNodes.value(root, "env").ifPresent(env -> {
            UnknownKeys.check(env, rules.list("env-keys"), "env key", findings);
            YamlNodes.value(env, "variables").ifPresent(variables -> secrets(variables, findings));
        });
    }

    private static void secrets(Node variables, FindingCollector findings) {
        for (NodeTuple entry : YamlNodes.entries(variables)) {
            String name = YamlNodes.key(entry);
            String value = YamlNodes.text(entry.getValueNode());
            if (Secrets.looksLikeSecret(name, value)) {
                findings.warn(
                        entry.getValueNode(),
                        "env-secret",
                        "env.variables." + name + " looks like a secret"
                                + " in plain text (it is stored in the repository and shown in the console)",
                        "move it to env.parameter-store or env.secrets-manager and keep only the reference here");
            }
        }
    }
}
