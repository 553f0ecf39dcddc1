package dev.cloudtest.buildspec;

import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** Rules for {@code cache}: the fallback-key limit, and caching ~/.m2 with its settings.xml. */
final class CacheChecks {
    private CacheChecks() {}

    static void check(Node root, FindingCollector findings) {
        BuildspecRules rules = BuildspecRules.get();
        YamlNodes.value(root, "cache").ifPresent(cache -> {
            if (YamlNodes.isScalar(cache) && YamlNodes.text(cache).isEmpty()) {
                return;
            }
            UnknownKeys.check(cache, rules.list("cache-keys"), "cache key", findings);
            YamlNodes.value(cache, "fallback-keys").ifPresent(keys -> {
                int max = rules.number("max-fallback-keys");
                if (YamlNodes.items(keys).size() > max) {
                    findings.error(
                            keys,
                            "cache-fallback-keys",
                            YamlNodes.items(keys).size() + " fallback-keys;" + " CodeBuild allows at most " + max,
                            "keep the " + max + " most useful prefixes");
                }
            });
            YamlNodes.value(cache, "paths")
                    .ifPresent(paths -> m2Home(paths, rules.patterns("m2-home-patterns"), findings));
        });
    }

    private static void m2Home(Node paths, List<Pattern> m2Home, FindingCollector findings) {
        List<Node> items = YamlNodes.isScalar(paths) ? List.of(paths) : YamlNodes.items(paths);
        for (Node path : items) {
            String text = YamlNodes.text(path);
            if (m2Home.stream().anyMatch(p -> p.matcher(text).matches())) {
                findings.warn(
                        path,
                        "cache-m2-settings",
                        "'" + text + "' caches all of ~/.m2, settings.xml (and the" + " credentials in it) included",
                        "cache \"/root/.m2/repository/**/*\" instead");
            }
        }
    }
}
