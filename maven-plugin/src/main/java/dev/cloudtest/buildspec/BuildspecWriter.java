package dev.cloudtest.buildspec;

import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Buildspec} as YAML text. Hand-written rather than a YAML dumper, so the layout is fixed:
 * two-space indentation, sections in CodeBuild's order, every command a double-quoted or literal block scalar,
 * every glob and env value quoted. The same model always gives the same bytes.
 */
final class BuildspecWriter {
    private final StringBuilder out = new StringBuilder();

    static String write(Buildspec spec, List<String> headerLines) {
        BuildspecWriter writer = new BuildspecWriter();
        headerLines.forEach(line -> writer.line(0, line.isEmpty() ? "#" : "# " + line));
        writer.spec(spec);
        return writer.out.toString();
    }

    private void spec(Buildspec spec) {
        line(0, "version: " + spec.version);
        if (spec.runAs != null) {
            line(0, "run-as: " + YamlScalars.plainOrQuoted(spec.runAs));
        }
        if (!spec.env.isEmpty()) {
            section("env:");
            env(spec.env);
        }
        if (spec.fanoutParallelism > 0) {
            section("batch:");
            line(1, "fast-fail: false");
            line(1, "build-fanout:");
            line(2, "parallelism: " + spec.fanoutParallelism);
            line(2, "ignore-failure: false");
        }
        section("phases:");
        for (String name : BuildspecRules.get().list("phases")) {
            Buildspec.Phase phase = spec.phases.get(name);
            if (phase != null) {
                line(1, name + ":");
                phase(phase);
            }
        }
        if (!spec.reports.isEmpty()) {
            section("reports:");
            spec.reports.forEach((name, group) -> {
                line(1, YamlScalars.plainOrQuoted(name) + ":");
                quotedList(2, "files", group.files);
                optional(2, "base-directory", group.baseDirectory);
                optional(2, "discard-paths", group.discardPaths);
                optional(2, "file-format", group.fileFormat);
            });
        }
        if (spec.artifacts != null) {
            section("artifacts:");
            quotedList(1, "files", spec.artifacts.files);
            if (spec.artifacts.name != null) {
                line(1, "name: " + YamlScalars.quoted(spec.artifacts.name));
            }
            optional(1, "base-directory", spec.artifacts.baseDirectory);
            optional(1, "discard-paths", spec.artifacts.discardPaths);
        }
        if (spec.cache != null) {
            section("cache:");
            if (spec.cache.key != null) {
                line(1, "key: " + YamlScalars.quoted(spec.cache.key));
            }
            quotedList(1, "fallback-keys", spec.cache.fallbackKeys);
            optional(1, "action", spec.cache.action);
            quotedList(1, "paths", spec.cache.paths);
        }
    }

    private void env(Buildspec.Env env) {
        optional(1, "shell", env.shell);
        quotedMap(1, "variables", env.variables);
        quotedMap(1, "parameter-store", env.parameterStore);
        quotedMap(1, "secrets-manager", env.secretsManager);
        if (!env.exportedVariables.isEmpty()) {
            line(1, "exported-variables:");
            env.exportedVariables.forEach(name -> line(2, "- " + YamlScalars.plainOrQuoted(name)));
        }
        optional(1, "git-credential-helper", env.gitCredentialHelper);
    }

    private void phase(Buildspec.Phase phase) {
        optional(2, "run-as", phase.runAs);
        optional(2, "on-failure", phase.onFailure);
        if (!phase.runtimeVersions.isEmpty()) {
            line(2, "runtime-versions:");
            phase.runtimeVersions.forEach((runtime, version) ->
                    line(3, YamlScalars.plainOrQuoted(runtime) + ": " + YamlScalars.plainOrQuoted(version)));
        }
        commands(2, "commands", phase.commands);
        commands(2, "finally", phase.finallyCommands);
    }

    private void commands(int level, String key, List<String> commands) {
        if (commands.isEmpty()) {
            return;
        }
        line(level, key + ":");
        commands.forEach(command -> command(level + 1, command));
    }

    private void command(int level, String command) {
        if (!YamlScalars.fitsLiteralBlock(command)) {
            line(level, "- " + YamlScalars.quoted(command));
            return;
        }
        line(level, "- " + YamlScalars.literalBlockHeader(command));
        String body = command.endsWith("\n") ? command.substring(0, command.length() - 1) : command;
        String indent = "  ".repeat(level + 1);
        for (String text : body.split("\n", -1)) {
            out.append(text.isEmpty() ? "" : indent + text).append('\n');
        }
    }

    private void quotedMap(int level, String key, Map<String, String> values) {
        if (values.isEmpty()) {
            return;
        }
        line(level, key + ":");
        values.forEach(
                (name, value) -> line(level + 1, YamlScalars.plainOrQuoted(name) + ": " + YamlScalars.quoted(value)));
    }

    private void quotedList(int level, String key, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        line(level, key + ":");
        values.forEach(value -> line(level + 1, "- " + YamlScalars.quoted(value)));
    }

    private void optional(int level, String key, String value) {
        if (value != null) {
            line(level, key + ": " + YamlScalars.plainOrQuoted(value));
        }
    }

    private void section(String header) {
        out.append('\n');
        line(0, header);
    }

    private void line(int level, String text) {
        out.append("  ".repeat(level)).append(text).append('\n');
    }
}
