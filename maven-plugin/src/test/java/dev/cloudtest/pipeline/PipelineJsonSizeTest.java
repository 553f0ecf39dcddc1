package dev.cloudtest.pipeline;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.model.PipelineJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineJsonSizeTest {
    @TempDir
    Path dir;

    @Test
    void anOversizedFileIsReportedWithTheLimitNotTheBytesReadSoFar() throws IOException {
        // Found by QA: a 300 MB file was reported as "8388609 bytes" (what the bounded read had taken).
        Path file = dir.resolve("pipeline.json");
        Files.write(file, new byte[PipelineJson.MAX_DOCUMENT_BYTES + 4096]);

        assertThatThrownBy(() -> PipelineJson.readObject(file, "cloudtest.pipelineFile"))
                .isInstanceOf(UserFixableException.class)
                .hasMessage(file + " (cloudtest.pipelineFile) is larger than 8388608 bytes, the most a pipeline"
                        + " declaration may be here. Check that it is the output of aws codepipeline get-pipeline.");
    }
}
