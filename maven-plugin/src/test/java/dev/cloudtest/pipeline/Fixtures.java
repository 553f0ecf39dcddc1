package dev.cloudtest.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudtest.core.Reporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test pipelines and a recording reporter. */
public final class Fixtures {
    private Fixtures() {}

    /** The whole get-pipeline output of {@code src/test/resources/pipelines/<name>}. */
    public static ObjectNode getPipelineOutput(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/pipelines/" + name)) {
            return PipelineJson.parseObject(in.readAllBytes(), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode declaration(String name) {
        return (ObjectNode) getPipelineOutput(name).get("pipeline");
    }

    public static StageSpec classicSpec() {
        return new StageSpec(
                "Deploy",
                "IntegrationTest",
                "Integration",
                "SourceArtifact",
                "IntegrationTestOutput",
                "IntegrationProject",
                Map.of(),
                1);
    }

    /** Keeps every message, prefixed with its level. */
    public static final class RecordingReporter implements Reporter {
        public final List<String> lines = new ArrayList<>();

        @Override
        public void debug(String message) {
            lines.add("DEBUG " + message);
        }

        @Override
        public void info(String message) {
            lines.add("INFO " + message);
        }

        @Override
        public void warn(String message) {
            lines.add("WARN " + message);
        }

        @Override
        public void error(String message) {
            lines.add("ERROR " + message);
        }

        public String all() {
            return String.join("\n", lines);
        }
    }
}
