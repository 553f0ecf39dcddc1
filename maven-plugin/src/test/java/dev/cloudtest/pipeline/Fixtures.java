package dev.cloudtest.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudtest.model.PipelineJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** Test pipelines. */
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
        return classicSpec(1);
    }

    /** The stage add-stage adds by default, with {@code shards} parallel builds. */
    public static StageSpec classicSpec(int shards) {
        return new StageSpec(
                "Deploy",
                "IntegrationTest",
                "Integration",
                "SourceArtifact",
                "IntegrationTestOutput",
                "IntegrationProject",
                Map.of(),
                shards);
    }
}
