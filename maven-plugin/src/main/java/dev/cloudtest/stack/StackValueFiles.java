package dev.cloudtest.stack;

import dev.cloudtest.core.Reporter;
import dev.cloudtest.core.ResultFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;

/**
 * Writes the values for runners other than Maven: {@code stack.properties} (Java properties, the same keys as
 * the Maven properties, plus the stack's name and, when it is leased from a pool, the lease's fence: what the
 * JUnit library reads when Failsafe is given the file), {@code stack.env} (dotenv,
 * {@code CLOUDTEST_OUTPUT_API_URL='...'}) and {@code stack-outputs.json}.
 */
public final class StackValueFiles {
    public static final String PROPERTIES = "stack.properties";
    public static final String DOTENV = "stack.env";
    public static final String JSON = "stack-outputs.json";
    /** The keys the JUnit library reads: the stack under test and its lease's fence. */
    public static final String STACK_NAME_KEY = "cloudtest.stackName";

    public static final String FENCE_KEY = "cloudtest.stack.fence";

    private StackValueFiles() {}

    public static List<Path> write(
            Path directory, StackValues values, Map<String, Integer> awsCalls, Reporter reporter) {
        return write(directory, values, OptionalLong.empty(), awsCalls, reporter);
    }

    /** The same, recording the fence of the lease the stack is held by. */
    public static List<Path> write(
            Path directory, StackValues values, OptionalLong fence, Map<String, Integer> awsCalls, Reporter reporter) {
        Path properties = ResultFiles.writeText(directory, PROPERTIES, properties(values, fence));
        Path dotenv = ResultFiles.writeText(directory, DOTENV, dotenv(values, reporter));
        ResultFile json = new ResultFile(
                values.stackName(),
                values.stackId(),
                values.status(),
                values.outputs(),
                values.exports(),
                values.resources(),
                List.of(properties.toString(), dotenv.toString()),
                awsCalls);
        return List.of(properties, dotenv, ResultFiles.writeJson(directory, JSON, json));
    }

    /**
     * The JSON file: the stack, its values by kind, the files written beside it and the AWS calls made.
     *
     * @param resources physical IDs by logical ID (nested stacks' by path)
     */
    record ResultFile(
            String stackName,
            String stackId,
            String status,
            Map<String, String> outputs,
            Map<String, String> exports,
            Map<String, String> resources,
            List<String> files,
            Map<String, Integer> awsCalls) {}

    /**
     * A stack just leased (acquire-stack): {@code stack.properties} names it and its fence, so tests find it even
     * when stack-outputs does not run; the other files, which described the stack held before, are deleted.
     */
    public static void startLease(Path directory, String stackName, long fence) {
        ResultFiles.writeText(
                directory,
                PROPERTIES,
                identity(stackName, OptionalLong.of(fence)).toString());
        deleteQuietly(directory.resolve(DOTENV));
        deleteQuietly(directory.resolve(JSON));
    }

    /**
     * A lease ended (release-stack): the files that name that stack are deleted, so a later test run that does not
     * lease a stack cannot test one another job may hold by now.
     */
    public static void forgetLeased(Path directory, String stackName) {
        Path properties = directory.resolve(PROPERTIES);
        Properties read = new Properties();
        try (Reader in = Files.newBufferedReader(properties, StandardCharsets.ISO_8859_1)) {
            read.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return; // no file, or not one of ours: nothing of this lease to forget
        }
        if (stackName.equals(read.getProperty(STACK_NAME_KEY))) {
            deleteQuietly(properties);
            deleteQuietly(directory.resolve(DOTENV));
            deleteQuietly(directory.resolve(JSON));
        }
    }

    static String properties(StackValues values) {
        return properties(values, OptionalLong.empty());
    }

    static String properties(StackValues values, OptionalLong fence) {
        StringBuilder text = identity(values.stackName(), fence);
        values.asProperties().forEach((key, value) -> text.append(escapeProperty(key, true))
                .append('=')
                .append(escapeProperty(value, false))
                .append('\n'));
        return text.toString();
    }

    private static StringBuilder identity(String stackName, OptionalLong fence) {
        StringBuilder text = new StringBuilder("# Stack ")
                .append(oneLine(stackName))
                .append('\n')
                .append(STACK_NAME_KEY)
                .append('=')
                .append(escapeProperty(stackName, false))
                .append('\n');
        fence.ifPresent(f -> text.append(FENCE_KEY).append('=').append(f).append('\n'));
        return text;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Best effort: failing a release over a file would keep the stack held.
        }
    }

    static String dotenv(StackValues values, Reporter reporter) {
        Map<String, String> variables = new LinkedHashMap<>();
        addVariables(variables, "CLOUDTEST_OUTPUT_", values.outputs(), reporter);
        addVariables(variables, "CLOUDTEST_EXPORT_", values.exports(), reporter);
        addVariables(variables, "CLOUDTEST_RESOURCE_", values.resources(), reporter);
        StringBuilder text = new StringBuilder("# Stack ")
                .append(oneLine(values.stackName()))
                .append('\n');
        variables.forEach((name, value) ->
                text.append(name).append('=').append(quoteDotenv(value)).append('\n'));
        return text.toString();
    }

    private static void addVariables(
            Map<String, String> variables, String prefix, Map<String, String> values, Reporter reporter) {
        values.forEach((key, value) -> {
            String name = prefix + envName(key);
            if (variables.putIfAbsent(name, value) != null) {
                reporter.warn(DOTENV + ": '" + key + "' maps to " + name + " like an earlier name; only the first is"
                        + " written there (stack.properties has both).");
            }
        });
    }

    /** {@code ApiUrl} -> {@code API_URL}, {@code table-name-test-1} -> {@code TABLE_NAME_TEST_1}. */
    static String envName(String key) {
        String snake = key.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2")
                .replaceAll("[^A-Za-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        return snake.toUpperCase(Locale.ROOT);
    }

    /**
     * Single quotes (literal in bash, docker compose and python-dotenv) unless the value holds one; then double
     * quotes with {@code \ " $ `} escaped, so {@code set -a; . stack.env} never expands anything.
     */
    static String quoteDotenv(String value) {
        if (value.indexOf('\'') < 0) {
            return "'" + value + "'";
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '\\' || c == '"' || c == '$' || c == '`') {
                quoted.append('\\');
            }
            quoted.append(c);
        }
        return quoted.append('"').toString();
    }

    /** Escapes for {@code java.util.Properties#load}, either flavour (bytes as ISO-8859-1 or a UTF-8 reader). */
    static String escapeProperty(String text, boolean isKey) {
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                case '\f' -> escaped.append("\\f");
                case '=', ':', '#', '!' -> escaped.append('\\').append(c);
                case ' ' -> escaped.append(isKey || i == 0 ? "\\ " : " ");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        escaped.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]", " ");
    }
}
