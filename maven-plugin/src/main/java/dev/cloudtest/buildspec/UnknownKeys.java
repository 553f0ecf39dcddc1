package dev.cloudtest.buildspec;

import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** The shared "unknown key" rule: a key CodeBuild does not know is rejected or silently ignored. */
final class UnknownKeys {
    private UnknownKeys() {}

    static void check(Node mapping, List<String> known, String what, FindingCollector findings) {
        if (YamlNodes.isScalar(mapping) && YamlNodes.text(mapping).isEmpty()) {
            return; // an empty section ("env:") is harmless
        }
        if (!YamlNodes.isMapping(mapping)) {
            findings.error(
                    mapping,
                    "not-a-mapping",
                    "expected a mapping (key: value lines) here",
                    "indent the entries under this key as 'name: value'");
            return;
        }
        for (NodeTuple entry : YamlNodes.entries(mapping)) {
            String key = YamlNodes.key(entry);
            if (!known.contains(key)) {
                findings.error(
                        entry.getKeyNode(),
                        "unknown-key",
                        "unknown " + what + " '" + key + "'",
                        "use one of " + String.join(", ", known) + closest(key, known));
            }
        }
    }

    private static String closest(String key, List<String> known) {
        return known.stream()
                .filter(k -> normalize(k).equals(normalize(key)))
                .findFirst()
                .map(k -> " (did you mean '" + k + "'?)")
                .orElse("");
    }

    private static String normalize(String key) {
        return key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }
}
