package dev.cloudtest.buildspec;

import static dev.cloudtest.buildspec.YamlNodes.key;

import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Lints a buildspec against what CodeBuild accepts (errors) and its known pitfalls (warnings). Reads the node
 * tree, not Java objects, so every finding has its line.
 */
public final class BuildspecValidator {
    private BuildspecValidator() {}

    /**
     * @param file how findings name the file
     * @param text the buildspec
     * @param projectName the CodeBuild project name when known (report group length rule), else null
     */
    public static List<Finding> validate(String file, String text, String projectName) {
        FindingCollector findings = new FindingCollector(file);
        boolean tabs = checkTabs(text, findings);
        Node root;
        try {
            root = SafeYaml.compose(text);
        } catch (SafeYaml.LimitException e) {
            findings.error(
                    e.line(),
                    "yaml-limit",
                    e.getMessage(),
                    "a buildspec is a few kilobytes of plain YAML; see the Limits section of the cloudtest README");
            return findings.sorted();
        } catch (MarkedYAMLException e) {
            if (!tabs) {
                int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
                boolean secondDocument = String.valueOf(e.getProblem()).contains("another document");
                findings.error(
                        line,
                        "yaml-syntax",
                        "not valid YAML: " + firstLine(e.getProblem()),
                        secondDocument
                                ? "a buildspec is one YAML document: remove this '---' line and what follows, or keep"
                                        + " the second buildspec in a file of its own"
                                : "quote the command (or use '- |' block style) and check the indentation on this"
                                        + " line");
            }
            return findings.sorted();
        } catch (YAMLException e) {
            findings.error(
                    1,
                    "yaml-syntax",
                    "not readable as YAML: " + firstLine(e.getMessage()),
                    "keep the file a plain YAML buildspec under 1 MB, without deep nesting or many aliases");
            return findings.sorted();
        }
        if (root == null || !YamlNodes.isMapping(root)) {
            findings.error(
                    root == null ? 1 : YamlNodes.line(root),
                    "yaml-syntax",
                    "the buildspec is not a YAML mapping",
                    "start with 'version: 0.2' and a 'phases:' block");
            return findings.sorted();
        }
        checkDuplicateKeys(root, findings);
        checkTopLevel(root, findings);
        PhaseChecks.check(root, findings);
        ReportChecks.check(root, projectName, findings);
        EnvChecks.check(root, findings);
        CacheChecks.check(root, findings);
        return findings.sorted();
    }

    /** Whether any finding is an error. */
    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::isError);
    }

    private static boolean checkTabs(String text, FindingCollector findings) {
        String[] lines = text.split("\n", -1);
        boolean found = false;
        for (int i = 0; i < lines.length; i++) {
            String indentation = lines[i].substring(
                    0, lines[i].length() - lines[i].stripLeading().length());
            if (indentation.indexOf('\t') >= 0) {
                findings.error(
                        i + 1,
                        "tab-indentation",
                        "a tab in the indentation; YAML allows spaces only",
                        "indent with spaces");
                found = true;
            }
        }
        return found;
    }

    private static void checkTopLevel(Node root, FindingCollector findings) {
        BuildspecRules rules = BuildspecRules.get();
        UnknownKeys.check(root, rules.list("top-level-keys"), "top-level key", findings);
        Optional<Node> version = YamlNodes.value(root, "version");
        if (version.isEmpty()) {
            findings.error(root, "version", "'version' is missing", "add 'version: 0.2' as the first line");
        } else if (!YamlNodes.isScalar(version.get())
                || !rules.list("versions").contains(YamlNodes.text(version.get()))) {
            findings.error(
                    version.get(),
                    "version",
                    "version '" + YamlNodes.text(version.get()) + "' is not one CodeBuild knows",
                    "write 'version: 0.2'");
        }
        if (YamlNodes.value(root, "phases").isEmpty()) {
            findings.error(
                    root,
                    "phases-missing",
                    "'phases' is missing; CodeBuild requires it",
                    "add a 'phases:' block with at least a 'build' phase");
        }
        YamlNodes.value(root, "batch")
                .ifPresent(batch -> UnknownKeys.check(batch, rules.list("batch-keys"), "batch key", findings));
        YamlNodes.value(root, "artifacts").ifPresent(artifacts -> {
            UnknownKeys.check(artifacts, rules.list("artifacts-keys"), "artifacts key", findings);
            if (YamlNodes.value(artifacts, "files").isEmpty()) {
                findings.error(
                        artifacts,
                        "artifacts-files",
                        "'artifacts' has no 'files'; CodeBuild rejects it even"
                                + " when only secondary-artifacts are wanted",
                        "add 'files:' with the paths to upload, or"
                                + " remove 'artifacts' and use NO_ARTIFACTS on the project");
            }
        });
    }

    private static void checkDuplicateKeys(Node root, FindingCollector findings) {
        YamlNodes.duplicateKeys(root)
                .forEach(key -> findings.error(
                        key,
                        "duplicate-key",
                        "'" + YamlNodes.text(key) + "' appears twice in this mapping; YAML readers keep one of them",
                        "merge the two entries"));
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("").trim();
    }
}
