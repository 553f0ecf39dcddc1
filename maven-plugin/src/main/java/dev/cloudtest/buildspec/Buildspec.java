package dev.cloudtest.buildspec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A buildspec (version 0.2) as the generator builds it and the writer writes it. Maps keep insertion order, so
 * the written file follows the template's order and is the same for the same inputs.
 */
final class Buildspec {
    String version = "0.2";
    String runAs;
    final Env env = new Env();
    /** Number of identical shard builds ({@code batch: build-fanout}); 0 for a plain build. */
    int fanoutParallelism;

    final Map<String, Phase> phases = new LinkedHashMap<>();
    final Map<String, ReportGroup> reports = new LinkedHashMap<>();
    Artifacts artifacts;
    Cache cache;

    Phase phase(String name) {
        return phases.computeIfAbsent(name, n -> new Phase());
    }

    static final class Env {
        String shell;
        final Map<String, String> variables = new LinkedHashMap<>();
        final Map<String, String> parameterStore = new LinkedHashMap<>();
        final Map<String, String> secretsManager = new LinkedHashMap<>();
        final List<String> exportedVariables = new ArrayList<>();
        String gitCredentialHelper;

        boolean isEmpty() {
            return shell == null
                    && variables.isEmpty()
                    && parameterStore.isEmpty()
                    && secretsManager.isEmpty()
                    && exportedVariables.isEmpty()
                    && gitCredentialHelper == null;
        }
    }

    static final class Phase {
        String runAs;
        String onFailure;
        final Map<String, String> runtimeVersions = new LinkedHashMap<>();
        final List<String> commands = new ArrayList<>();
        final List<String> finallyCommands = new ArrayList<>();
    }

    static final class ReportGroup {
        final List<String> files = new ArrayList<>();
        String baseDirectory;
        String discardPaths;
        String fileFormat;

        static ReportGroup of(String baseDirectory, String fileFormat, List<String> files) {
            ReportGroup group = new ReportGroup();
            group.baseDirectory = baseDirectory;
            group.fileFormat = fileFormat;
            group.files.addAll(files);
            return group;
        }
    }

    static final class Artifacts {
        final List<String> files = new ArrayList<>();
        String name;
        String baseDirectory;
        String discardPaths;
    }

    static final class Cache {
        String key;
        final List<String> fallbackKeys = new ArrayList<>();
        String action;
        final List<String> paths = new ArrayList<>();
    }
}
