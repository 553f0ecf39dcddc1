package dev.cloudtest.buildspec;

import java.io.StringReader;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.representer.Representer;

/**
 * SnakeYAML set up for untrusted input (buildspecs, templates): standard types only, no recursive keys, few
 * aliases, shallow nesting and a bounded document size; after composing, no alias may point into its own
 * collection and aliases may not expand the document past {@link #MAX_EXPANDED}. Every limit breached is a
 * {@link LimitException} whose message names the limit.
 */
final class SafeYaml {
    /** Largest document read, in code points; real buildspecs are a few kilobytes. */
    static final int MAX_CODE_POINTS = 1_000_000;

    /** Largest document once aliases (and, in templates, placeholders) are expanded: characters plus nodes. */
    static final int MAX_EXPANDED = 2 * MAX_CODE_POINTS;

    /** Most aliases to a list or mapping in one document. */
    static final int MAX_COLLECTION_ALIASES = 20;

    /** Deepest nesting of lists and mappings. */
    static final int MAX_NESTING = 40;

    private SafeYaml() {}

    /** A document over one of the limits; the message says which and is one line. */
    static final class LimitException extends YAMLException {
        private final int line;

        LimitException(String message, int line) {
            super(message);
            this.line = line;
        }

        /** The 1-based line where the limit was hit, or 1 when unknown. */
        int line() {
            return line;
        }
    }

    static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setProcessComments(false);
        return options;
    }

    private static Yaml yaml() {
        LoaderOptions options = options();
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options);
    }

    /** The node tree of the first document (with line numbers), or null for an empty document. */
    static Node compose(String text) {
        Node root;
        try {
            root = yaml().compose(new StringReader(bounded(text)));
        } catch (YAMLException e) {
            throw asLimit(e);
        }
        if (root != null) {
            new Expansion().walk(root);
        }
        return root;
    }

    /** The document as plain Java objects (maps, lists, strings, numbers, booleans); cloudtest's own files only. */
    static Object load(String text) {
        return yaml().load(bounded(text));
    }

    /** The problem in one line: what SnakeYAML found and the line, without its multi-line source excerpt. */
    static String problem(YAMLException e) {
        if (e instanceof MarkedYAMLException marked && marked.getProblem() != null) {
            String where = marked.getProblemMark() == null
                    ? ""
                    : " (line " + (marked.getProblemMark().getLine() + 1) + ")";
            return firstLine(marked.getProblem()) + where;
        }
        return firstLine(e.getMessage());
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("").trim();
    }

    /** SnakeYAML's own limit does not count comments, so the whole text is bounded here as well. */
    private static String bounded(String text) {
        if (text.length() > MAX_CODE_POINTS) {
            throw new LimitException(
                    "the document has more than " + MAX_CODE_POINTS + " characters, cloudtest's limit for a buildspec",
                    1);
        }
        return text;
    }

    /** SnakeYAML's limit errors, reworded to name the limit; other errors unchanged. */
    private static YAMLException asLimit(YAMLException e) {
        String message = String.valueOf(e.getMessage());
        int line = e instanceof MarkedYAMLException marked && marked.getProblemMark() != null
                ? marked.getProblemMark().getLine() + 1
                : 1;
        if (message.contains("Number of aliases")) {
            return new LimitException(
                    "more than " + MAX_COLLECTION_ALIASES + " aliases to lists or mappings, cloudtest's"
                            + " limit for a buildspec; write the values out instead of aliasing them",
                    line);
        }
        if (message.contains("Nesting Depth")) {
            return new LimitException(
                    "lists and mappings nested deeper than " + MAX_NESTING + " levels, cloudtest's"
                            + " limit for a buildspec",
                    line);
        }
        if (message.contains("code points")) {
            return new LimitException(
                    "the document has more than " + MAX_CODE_POINTS + " characters, cloudtest's limit for a buildspec",
                    line);
        }
        return e;
    }

    /**
     * Walks the tree as a reader sees it (every alias expanded), refusing a collection that contains itself and
     * stopping as soon as the expanded size passes {@link #MAX_EXPANDED}. Nesting is bounded by the parser and
     * the walk by the size, so neither the stack nor the time can run away.
     */
    private static final class Expansion {
        private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());
        private long size;

        void walk(Node node) {
            size += 1 + (node instanceof ScalarNode scalar ? scalar.getValue().length() : 0);
            if (size > MAX_EXPANDED) {
                throw new LimitException(
                        "aliases expand the document to more than " + MAX_EXPANDED + " characters,"
                                + " cloudtest's limit for a buildspec; write the values out or alias them fewer times",
                        YamlNodes.line(node));
            }
            if (node instanceof ScalarNode) {
                return;
            }
            if (!open.add(node)) {
                throw new LimitException(
                        "an alias refers to the list or mapping that contains it (a recursive" + " document, line "
                                + YamlNodes.line(node) + "); a buildspec cannot contain itself",
                        YamlNodes.line(node));
            }
            for (NodeTuple entry : YamlNodes.entries(node)) {
                walk(entry.getKeyNode());
                walk(entry.getValueNode());
            }
            YamlNodes.items(node).forEach(this::walk);
            open.remove(node);
        }
    }
}
