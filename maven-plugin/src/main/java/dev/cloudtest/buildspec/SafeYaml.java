package dev.cloudtest.buildspec;

import java.io.StringReader;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.representer.Representer;

/**
 * SnakeYAML set up for untrusted input (buildspecs, templates): standard types only, no recursive keys, few
 * aliases, shallow nesting and a bounded document size.
 */
final class SafeYaml {
    /** Largest document read, in code points; real buildspecs are a few kilobytes. */
    static final int MAX_CODE_POINTS = 1_000_000;

    private SafeYaml() {}

    static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(40);
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
        return yaml().compose(new StringReader(bounded(text)));
    }

    /** The document as plain Java objects (maps, lists, strings, numbers, booleans). */
    static Object load(String text) {
        return yaml().load(bounded(text));
    }

    /** SnakeYAML's own limit does not count comments, so the whole text is bounded here as well. */
    private static String bounded(String text) {
        if (text.length() > MAX_CODE_POINTS) {
            throw new YAMLException("the document has more than " + MAX_CODE_POINTS + " characters");
        }
        return text;
    }
}
