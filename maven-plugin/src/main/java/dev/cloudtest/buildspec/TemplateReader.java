package dev.cloudtest.buildspec;

import static dev.cloudtest.buildspec.YamlNodes.entries;
import static dev.cloudtest.buildspec.YamlNodes.items;
import static dev.cloudtest.buildspec.YamlNodes.key;
import static dev.cloudtest.buildspec.YamlNodes.line;

import dev.cloudtest.core.UserFixableException;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Turns a template's node tree into a {@link Buildspec}, applying the placeholder substitution to every scalar.
 * Templates are data: only the buildspec keys below are understood, anything else is rejected with its line.
 */
final class TemplateReader {
    static final String METADATA_KEY = "cloudtest-template";

    private final String source;
    private final UnaryOperator<String> substitute;

    private TemplateReader(String source, UnaryOperator<String> substitute) {
        this.source = source;
        this.substitute = substitute;
    }

    static Buildspec read(String source, Node root, UnaryOperator<String> substitute) {
        return new TemplateReader(source, substitute).buildspec(root);
    }

    private Buildspec buildspec(Node root) {
        Buildspec spec = new Buildspec();
        for (NodeTuple entry : mapping(root)) {
            Node value = entry.getValueNode();
            switch (key(entry)) {
                case METADATA_KEY -> {}
                case "version" -> spec.version = text(value);
                case "run-as" -> spec.runAs = text(value);
                case "env" -> env(spec.env, value);
                case "phases" -> mapping(value).forEach(phase -> phase(spec, phase));
                case "reports" -> mapping(value)
                        .forEach(
                                group -> spec.reports.put(text(group.getKeyNode()), reportGroup(group.getValueNode())));
                case "artifacts" -> spec.artifacts = artifacts(value);
                case "cache" -> spec.cache = cache(value);
                default -> throw unsupported(entry);
            }
        }
        return spec;
    }

    private void env(Buildspec.Env env, Node node) {
        for (NodeTuple entry : mapping(node)) {
            Node value = entry.getValueNode();
            switch (key(entry)) {
                case "shell" -> env.shell = text(value);
                case "variables" -> textMap(value, env.variables);
                case "parameter-store" -> textMap(value, env.parameterStore);
                case "secrets-manager" -> textMap(value, env.secretsManager);
                case "exported-variables" -> env.exportedVariables.addAll(texts(value));
                case "git-credential-helper" -> env.gitCredentialHelper = text(value);
                default -> throw unsupported(entry);
            }
        }
    }

    private void phase(Buildspec spec, NodeTuple phaseEntry) {
        String name = key(phaseEntry);
        if (!BuildspecRules.get().list("phases").contains(name)) {
            throw unsupported(phaseEntry);
        }
        Buildspec.Phase phase = spec.phase(name);
        for (NodeTuple entry : mapping(phaseEntry.getValueNode())) {
            Node value = entry.getValueNode();
            switch (key(entry)) {
                case "run-as" -> phase.runAs = text(value);
                case "on-failure" -> phase.onFailure = text(value);
                case "runtime-versions" -> textMap(value, phase.runtimeVersions);
                case "commands" -> phase.commands.addAll(texts(value));
                case "finally" -> phase.finallyCommands.addAll(texts(value));
                default -> throw unsupported(entry);
            }
        }
    }

    private Buildspec.ReportGroup reportGroup(Node node) {
        Buildspec.ReportGroup group = new Buildspec.ReportGroup();
        for (NodeTuple entry : mapping(node)) {
            Node value = entry.getValueNode();
            switch (key(entry)) {
                case "files" -> group.files.addAll(texts(value));
                case "base-directory" -> group.baseDirectory = text(value);
                case "discard-paths" -> group.discardPaths = text(value);
                case "file-format" -> group.fileFormat = text(value);
                default -> throw unsupported(entry);
            }
        }
        return group;
    }

    private Buildspec.Artifacts artifacts(Node node) {
        Buildspec.Artifacts artifacts = new Buildspec.Artifacts();
        for (NodeTuple entry : mapping(node)) {
            Node value = entry.getValueNode();
            switch (key(entry)) {
                case "files" -> artifacts.files.addAll(texts(value));
                case "name" -> artifacts.name = text(value);
                case "base-directory" -> artifacts.baseDirectory = text(value);
                case "discard-paths" -> artifacts.discardPaths = text(value);
                default -> throw unsupported(entry);
            }
        }
        return artifacts;
    }

    private Buildspec.Cache cache(Node node) {
        Buildspec.Cache cache = new Buildspec.Cache();
        for (NodeTuple entry : mapping(node)) {
            Node value = entry.getValueNode();
            switch (key(entry)) {
                case "key" -> cache.key = text(value);
                case "fallback-keys" -> cache.fallbackKeys.addAll(texts(value));
                case "action" -> cache.action = text(value);
                case "paths" -> cache.paths.addAll(texts(value));
                default -> throw unsupported(entry);
            }
        }
        return cache;
    }

    private List<NodeTuple> mapping(Node node) {
        if (node != null && !YamlNodes.isMapping(node)) {
            throw new UserFixableException(where(node) + "expected a mapping (key: value lines) here.");
        }
        return node == null ? List.of() : entries(node);
    }

    private void textMap(Node node, Map<String, String> target) {
        mapping(node).forEach(entry -> target.put(text(entry.getKeyNode()), text(entry.getValueNode())));
    }

    private List<String> texts(Node node) {
        if (YamlNodes.isScalar(node)) {
            return List.of(text(node));
        }
        if (!YamlNodes.isSequence(node)) {
            throw new UserFixableException(where(node) + "expected a list of strings here.");
        }
        return items(node).stream().map(this::text).toList();
    }

    private String text(Node node) {
        if (!YamlNodes.isScalar(node)) {
            throw new UserFixableException(where(node) + "expected a single value here; if this is a command with"
                    + " ': ' in it, quote the whole command.");
        }
        return substitute.apply(YamlNodes.text(node));
    }

    private UserFixableException unsupported(NodeTuple entry) {
        return new UserFixableException(where(entry.getKeyNode()) + "'" + key(entry)
                + "' is not a buildspec key cloudtest templates support. Remove it, or fix its spelling.");
    }

    private String where(Node node) {
        return source + ":" + line(node) + ": ";
    }
}
