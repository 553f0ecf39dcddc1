package dev.cloudtest.buildspec;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** Rules for {@code reports}: group count, names, formats, globs, and auto-discovery beside explicit groups. */
final class ReportChecks {
    private static final Pattern JUNIT_FOLDER_CATCH_ALL =
            Pattern.compile(".*(surefire|failsafe)-reports/(\\*\\*/\\*|\\*\\*|\\*|\\*\\.\\*|\\*\\*/\\*\\.\\*)");

    private ReportChecks() {}

    static void check(Node root, String projectName, FindingCollector findings) {
        Optional<Node> reports = YamlNodes.value(root, "reports");
        if (reports.isEmpty() || !YamlNodes.isMapping(reports.get())) {
            return;
        }
        BuildspecRules rules = BuildspecRules.get();
        List<NodeTuple> groups = YamlNodes.entries(reports.get());
        int max = rules.number("max-report-groups");
        if (groups.size() > max) {
            findings.error(
                    groups.get(max).getKeyNode(),
                    "report-group-limit",
                    groups.size() + " report groups; a" + " project can have at most " + max,
                    "merge groups, or move some tests to another project");
        }
        for (NodeTuple group : groups) {
            name(group.getKeyNode(), projectName, rules, findings);
            UnknownKeys.check(group.getValueNode(), rules.list("report-group-keys"), "report group key", findings);
            fileFormat(group.getValueNode(), rules, findings);
            globs(group.getKeyNode(), group.getValueNode(), rules, findings);
        }
        if (!autoDiscoveryDisabled(root, rules)) {
            findings.warn(
                    YamlNodes.keyNode(root, "reports").orElseThrow(),
                    "report-auto-discover",
                    "explicit reports while report auto-discovery is"
                            + " on: CodeBuild also creates <project>-<format>-AutoDiscovered groups with the same results",
                    "add " + rules.text("auto-discover-variable") + ": \"false\" under env.variables");
        }
    }

    private static void name(Node key, String projectName, BuildspecRules rules, FindingCollector findings) {
        String name = YamlNodes.text(key);
        if (name.startsWith("arn:")) {
            if (!rules.pattern("report-group-arn-pattern").matcher(name).matches()) {
                findings.error(
                        key,
                        "report-group-name",
                        "'" + name + "' is not a report-group ARN",
                        "use arn:aws:codebuild:<region>:<account>:report-group/<name>");
            }
            return;
        }
        if (!rules.pattern("report-group-name-pattern").matcher(name).matches()) {
            findings.error(
                    key,
                    "report-group-name",
                    "report group name '" + name + "' has characters CodeBuild" + " may reject",
                    "use letters, digits, '-' and '_' only, or the group's ARN");
        } else if (projectName != null && !projectName.isBlank()) {
            int length = projectName.length() + 1 + name.length();
            int max = rules.number("report-group-full-name-max");
            if (length > max) {
                findings.error(
                        key,
                        "report-group-name-length",
                        "the group's full name '" + projectName + "-" + name + "' has " + length
                                + " characters, over CodeBuild's " + max,
                        "shorten the group name (or the project name)");
            }
        }
    }

    private static void fileFormat(Node group, BuildspecRules rules, FindingCollector findings) {
        YamlNodes.value(group, "file-format").ifPresent(format -> {
            String token = YamlNodes.text(format).toUpperCase(Locale.ROOT);
            if (!rules.list("test-formats").contains(token)
                    && !rules.list("coverage-formats").contains(token)) {
                findings.error(
                        format,
                        "file-format",
                        "unknown file-format '" + YamlNodes.text(format) + "'",
                        "use one of " + String.join(", ", rules.list("test-formats")) + " (tests) or "
                                + String.join(", ", rules.list("coverage-formats")) + " (coverage)");
            }
        });
    }

    private static void globs(Node key, Node group, BuildspecRules rules, FindingCollector findings) {
        String base = YamlNodes.text(group, "base-directory").orElse("").replaceAll("/+$", "");
        boolean junitFolder = rules.list("junit-report-directories").stream().anyMatch(base::endsWith);
        Optional<Node> files = YamlNodes.value(group, "files");
        if (files.isEmpty()) {
            if (YamlNodes.isMapping(group)) {
                findings.error(
                        key,
                        "report-files",
                        "the report group has no 'files'",
                        "add files: [\"TEST-*.xml\"] (globs relative to base-directory)");
            }
            return;
        }
        List<Node> globs = YamlNodes.isScalar(files.get()) ? List.of(files.get()) : YamlNodes.items(files.get());
        for (Node glob : globs) {
            String text = YamlNodes.text(glob);
            boolean catchAll = junitFolder && rules.list("catch-all-globs").contains(text);
            if (catchAll || JUNIT_FOLDER_CATCH_ALL.matcher(text).matches()) {
                findings.warn(
                        glob,
                        "report-glob-too-wide",
                        "'" + text + "' over a Surefire/Failsafe folder also"
                                + " feeds *.txt, *-output.txt and failsafe-summary.xml to the report group",
                        "use \"TEST-*.xml\"");
            }
        }
    }

    private static boolean autoDiscoveryDisabled(Node root, BuildspecRules rules) {
        String variable = rules.text("auto-discover-variable");
        boolean inEnv = YamlNodes.value(root, "env")
                .flatMap(env -> YamlNodes.value(env, "variables"))
                .flatMap(variables -> YamlNodes.text(variables, variable))
                .filter(value -> value.equalsIgnoreCase("false"))
                .isPresent();
        return inEnv || exportedInCommands(root, variable + "=false");
    }

    private static boolean exportedInCommands(Node root, String assignment) {
        return YamlNodes.value(root, "phases").stream()
                .flatMap(phases -> YamlNodes.entries(phases).stream())
                .flatMap(phase -> YamlNodes.value(phase.getValueNode(), "commands").stream())
                .flatMap(commands -> YamlNodes.items(commands).stream())
                .anyMatch(command -> YamlNodes.text(command).contains(assignment));
    }
}
