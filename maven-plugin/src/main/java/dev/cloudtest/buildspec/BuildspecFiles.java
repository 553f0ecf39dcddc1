package dev.cloudtest.buildspec;

import dev.cloudtest.core.EnvironmentException;
import dev.cloudtest.core.UserFixableException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Facts about buildspec files that other goals need (the pipeline goals: file name, batch builds). */
public final class BuildspecFiles {
    /** The file {@code cloudtest:generate-buildspec} writes by default, in the project's base directory. */
    public static final String DEFAULT_FILE_NAME = "integration_buildspec.yml";

    /** CodeBuild's own default buildspec name. */
    public static final String CODEBUILD_DEFAULT_FILE_NAME = "buildspec.yml";

    /** Most shards (fan-out builds) of one test action: CodeBuild's batch build limit. */
    public static final int MAX_SHARDS = 100;

    private BuildspecFiles() {}

    /** Whether the buildspec declares {@code batch: build-fanout} (the project must then run batch builds). */
    public static boolean usesBatchFanout(Path file) {
        return fanoutParallelism(file).isPresent();
    }

    /**
     * Whether the buildspec at {@code file} declares {@code cache.paths} (so its project needs a cache that serves
     * them); false when there is no such file here (the buildspec may live elsewhere).
     */
    public static boolean cachesPaths(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return false;
        }
        Node root = parse(file);
        return YamlNodes.value(root, "cache")
                .flatMap(cache -> YamlNodes.value(cache, "paths"))
                .map(paths -> paths instanceof org.yaml.snakeyaml.nodes.SequenceNode sequence
                        && !sequence.getValue().isEmpty())
                .orElse(false);
    }

    /** Whether the buildspec at {@code file} has an {@code artifacts:} section; empty when there is no such file. */
    public static Optional<Boolean> declaresArtifacts(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(YamlNodes.value(parse(file), "artifacts").isPresent());
    }

    /** The {@code batch.build-fanout.parallelism} of the buildspec, when it has one. */
    public static OptionalInt fanoutParallelism(Path file) {
        Node root = parse(file);
        return YamlNodes.value(root, "batch")
                .flatMap(batch -> YamlNodes.value(batch, "build-fanout"))
                .map(fanout -> YamlNodes.text(fanout, "parallelism").orElse("1"))
                .map(value -> OptionalInt.of(value.matches("\\d{1,6}") ? Integer.parseInt(value) : 1))
                .orElse(OptionalInt.empty());
    }

    /**
     * The buildspec as plain Java objects (maps, lists, strings, numbers, booleans), read with the hardened
     * loader; an empty file is an empty map.
     */
    public static Object load(Path file) {
        try {
            Object document = SafeYaml.load(read(file));
            return document == null ? java.util.Map.of() : document;
        } catch (YAMLException e) {
            throw new UserFixableException(file + " is not valid YAML; run cloudtest:validate-buildspec for details.");
        }
    }

    static String read(Path file) {
        try {
            if (Files.size(file) > SafeYaml.MAX_CODE_POINTS * 4L) {
                throw new UserFixableException(file + " is larger than 4 MB; that is not a buildspec.");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new UserFixableException(file + " is not UTF-8 text (a binary file, or saved as UTF-16 or Latin-1);"
                    + " CodeBuild reads a buildspec as UTF-8. Save it as UTF-8.");
        } catch (IOException e) {
            throw new EnvironmentException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Node parse(Path file) {
        try {
            Node root = SafeYaml.compose(read(file));
            return root == null ? SafeYaml.compose("{}") : root;
        } catch (YAMLException e) {
            throw new UserFixableException(file + " is not valid YAML; run cloudtest:validate-buildspec for details.");
        }
    }
}
