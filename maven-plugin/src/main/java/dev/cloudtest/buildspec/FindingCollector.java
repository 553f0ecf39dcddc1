package dev.cloudtest.buildspec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** Collects the findings of one file, in line order. */
final class FindingCollector {
    private final String file;
    private final List<Finding> findings = new ArrayList<>();

    FindingCollector(String file) {
        this.file = file;
    }

    void error(int line, String rule, String message, String fix) {
        findings.add(new Finding(file, line, rule, Finding.Severity.ERROR, message, fix));
    }

    void error(Node node, String rule, String message, String fix) {
        error(YamlNodes.line(node), rule, message, fix);
    }

    void warn(Node node, String rule, String message, String fix) {
        findings.add(new Finding(file, YamlNodes.line(node), rule, Finding.Severity.WARNING, message, fix));
    }

    List<Finding> sorted() {
        return findings.stream()
                .sorted(Comparator.comparingInt(Finding::line).thenComparing(Finding::rule))
                .toList();
    }
}
