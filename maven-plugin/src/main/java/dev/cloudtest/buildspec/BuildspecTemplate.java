package dev.cloudtest.buildspec;

import dev.cloudtest.core.EnvironmentException;
import dev.cloudtest.core.UserFixableException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A buildspec template: a buildspec YAML file whose scalars may hold {@code {{name}}} placeholders, plus an
 * optional {@code cloudtest-template} block with defaults. Parsed as untrusted data; nothing in it is run.
 */
final class BuildspecTemplate {
    static final String DEFAULT = "maven-failsafe";
    static final List<String> BUILT_IN = List.of("maven-failsafe", "maven-surefire", "pytest");
    private static final String RESOURCE_DIR = "dev/cloudtest/buildspec/templates/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_.-]*)\\s*}}");

    private final String name;
    private final String text;
    private final Node root;
    private final Node metadata;
    /** Characters produced by placeholder substitution so far, bounded by {@link SafeYaml#MAX_EXPANDED}. */
    private long substituted;

    private BuildspecTemplate(String name, String text) {
        this.name = name;
        this.text = text;
        try {
            this.root = SafeYaml.compose(text);
        } catch (YAMLException e) {
            throw new UserFixableException("Template " + name
                    + (e instanceof SafeYaml.LimitException limit
                            ? " is over a limit (line " + limit.line() + "): " + e.getMessage() + "."
                            : " is not valid YAML: " + SafeYaml.problem(e)));
        }
        if (root == null || !YamlNodes.isMapping(root)) {
            throw new UserFixableException("Template " + name + " must be a YAML mapping (a buildspec).");
        }
        YamlNodes.duplicateKeys(root).stream().findFirst().ifPresent(key -> {
            throw new UserFixableException(name + ":" + YamlNodes.line(key) + ": '" + YamlNodes.text(key)
                    + "' appears twice in this mapping; a template is read as written, not merged. Keep one of"
                    + " them.");
        });
        this.metadata = YamlNodes.value(root, TemplateReader.METADATA_KEY).orElse(null);
    }

    /** A built-in template by name, or a template file (absolute, or relative to {@code baseDir}). */
    static BuildspecTemplate resolve(String nameOrPath, Path baseDir) {
        String wanted = nameOrPath == null || nameOrPath.isBlank() ? DEFAULT : nameOrPath.trim();
        if (BUILT_IN.contains(wanted)) {
            return builtIn(wanted);
        }
        Path file = baseDir.resolve(wanted);
        if (!Files.isRegularFile(file)) {
            ParameterText.requireOneLine("cloudtest.buildspec.template", wanted);
            throw new UserFixableException("cloudtest.buildspec.template=" + wanted + " is neither a built-in template "
                    + BUILT_IN + " nor a file (looked for " + file + "). Give one of the names or a template path.");
        }
        try {
            if (Files.size(file) > SafeYaml.MAX_CODE_POINTS) {
                throw new UserFixableException(
                        "Template " + file + " is larger than 1 MB; a buildspec template is" + " a few kilobytes.");
            }
            return new BuildspecTemplate(file.toString(), BuildspecFiles.read(file));
        } catch (IOException e) {
            throw new EnvironmentException("Cannot read template " + file + ": " + e.getMessage(), e);
        }
    }

    static BuildspecTemplate builtIn(String name) {
        String resource = RESOURCE_DIR + name + ".yml";
        try (InputStream in = BuildspecTemplate.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new EnvironmentException(resource + " is missing from the cloudtest-buildspec-templates jar.");
            }
            return new BuildspecTemplate(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new EnvironmentException("Cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    String name() {
        return name;
    }

    /** The template's own variable defaults ({@code cloudtest-template.variables}). */
    Map<String, String> variableDefaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        meta("variables").ifPresent(node -> YamlNodes.entries(node)
                .forEach(e -> defaults.put(YamlNodes.key(e), YamlNodes.text(e.getValueNode()))));
        return defaults;
    }

    Optional<String> coverageDirectory() {
        return metaText(metadata, "coverage-directory");
    }

    /** The glob of test files handed to codebuild-tests-run. */
    Optional<String> shardFiles() {
        return meta("shard").flatMap(shard -> metaText(shard, "files"));
    }

    /** The Maven property that selects test classes (it.test, test); empty when files are appended as arguments. */
    Optional<String> shardSelectorProperty() {
        return meta("shard").flatMap(shard -> metaText(shard, "selector-property"));
    }

    Optional<String> shardAllowEmptyProperty() {
        return meta("shard").flatMap(shard -> metaText(shard, "allow-empty-property"));
    }

    /** The buildspec with every placeholder replaced; an unknown placeholder is an error naming its line. */
    Buildspec instantiate(Map<String, String> variables) {
        return TemplateReader.read(name, root, text -> substitute(text, variables, "Template " + name));
    }

    /** Whether the template, or one of {@code moreTexts}, has a {@code {{variable}}} placeholder. */
    boolean usesVariable(String variable, List<String> moreTexts) {
        return Stream.concat(Stream.of(text), moreTexts.stream())
                .anyMatch(t -> PLACEHOLDER.matcher(t).results().anyMatch(m -> m.group(1)
                        .equals(variable)));
    }

    /**
     * {@code text} with every placeholder replaced; {@code source} names where the text came from (the template,
     * or a command parameter) in the error for an unknown placeholder.
     */
    String substitute(String text, Map<String, String> variables, String source) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = variables.get(matcher.group(1));
            if (value == null) {
                String fix = matcher.group(1).equals("testCommand")
                        ? "set cloudtest.buildspec.testCommand, or give the template a default in"
                                + " cloudtest-template.variables.testCommand."
                        : "add it with <templateVariables>.";
                throw new UserFixableException(source + " uses {{" + matcher.group(1) + "}}, which has no value."
                        + " Known variables: " + variables.keySet() + "; " + fix);
            }
            substituted += value.length();
            if (substituted > SafeYaml.MAX_EXPANDED) {
                throw new UserFixableException(source + ": placeholders expand to more than " + SafeYaml.MAX_EXPANDED
                        + " characters, cloudtest's limit for a generated buildspec ({{" + matcher.group(1) + "}} is "
                        + value.length() + " characters). Use the placeholder fewer times or give it a shorter"
                        + " value.");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(out).toString();
    }

    private Optional<Node> meta(String key) {
        return Optional.ofNullable(metadata).flatMap(m -> YamlNodes.value(m, key));
    }

    private static Optional<String> metaText(Node node, String key) {
        return node == null ? Optional.empty() : YamlNodes.text(node, key);
    }
}
