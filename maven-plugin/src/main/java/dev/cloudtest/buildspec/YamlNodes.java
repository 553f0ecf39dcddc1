package dev.cloudtest.buildspec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Small helpers over SnakeYAML's node tree, which keeps the line of every key and value. */
final class YamlNodes {
    private YamlNodes() {}

    /** The 1-based line where the node starts. */
    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    static List<NodeTuple> entries(Node node) {
        return node instanceof MappingNode mapping ? mapping.getValue() : List.of();
    }

    static List<Node> items(Node node) {
        return node instanceof SequenceNode sequence ? sequence.getValue() : List.of();
    }

    /** The key's text, or an empty string for a complex key. */
    static String key(NodeTuple tuple) {
        return tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
    }

    static Optional<Node> value(Node mapping, String key) {
        return entries(mapping).stream()
                .filter(tuple -> key.equals(key(tuple)))
                .map(NodeTuple::getValueNode)
                .findFirst();
    }

    /**
     * The key nodes that repeat a key earlier in the same mapping, anywhere in the tree, in document order. Call
     * on a tree from {@link SafeYaml#compose}, which has no cycles.
     */
    static List<Node> duplicateKeys(Node node) {
        List<Node> duplicates = new ArrayList<>();
        collectDuplicateKeys(node, duplicates);
        return duplicates;
    }

    private static void collectDuplicateKeys(Node node, List<Node> duplicates) {
        Set<String> seen = new HashSet<>();
        for (NodeTuple entry : entries(node)) {
            if (entry.getKeyNode() instanceof ScalarNode && !seen.add(key(entry))) {
                duplicates.add(entry.getKeyNode());
            }
            collectDuplicateKeys(entry.getValueNode(), duplicates);
        }
        items(node).forEach(item -> collectDuplicateKeys(item, duplicates));
    }

    /** The key node itself (for the line of a section header). */
    static Optional<Node> keyNode(Node mapping, String key) {
        return entries(mapping).stream()
                .filter(tuple -> key.equals(key(tuple)))
                .map(NodeTuple::getKeyNode)
                .findFirst();
    }

    static Optional<String> text(Node mapping, String key) {
        return value(mapping, key).filter(ScalarNode.class::isInstance).map(YamlNodes::text);
    }

    /** The scalar's source text (an empty string for a non-scalar). */
    static String text(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : "";
    }

    static boolean isScalar(Node node) {
        return node instanceof ScalarNode;
    }

    static boolean isMapping(Node node) {
        return node instanceof MappingNode;
    }

    static boolean isSequence(Node node) {
        return node instanceof SequenceNode;
    }

    /** Whether a scalar is a string as YAML reads it (quoted, or plain and not a number, boolean or null). */
    static boolean isString(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.STR);
    }

    static boolean isPlain(Node node) {
        return node instanceof ScalarNode scalar && scalar.isPlain();
    }

    static Tag tag(Node node) {
        return node.getTag();
    }
}
