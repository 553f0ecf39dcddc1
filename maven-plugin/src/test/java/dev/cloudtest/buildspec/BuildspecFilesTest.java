package dev.cloudtest.buildspec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildspecFilesTest {
    @TempDir
    Path dir;

    @Test
    void tellsWhetherABuildspecFansOut() throws IOException {
        Path fanout = Files.writeString(
                dir.resolve("a.yml"),
                "version: 0.2\nbatch:\n  build-fanout:\n    parallelism: 6\nphases:\n  build:\n    commands: [\"x\"]\n");
        Path plain =
                Files.writeString(dir.resolve("b.yml"), "version: 0.2\nphases:\n  build:\n    commands: [\"x\"]\n");
        assertThat(BuildspecFiles.usesBatchFanout(fanout)).isTrue();
        assertThat(BuildspecFiles.fanoutParallelism(fanout)).isEqualTo(OptionalInt.of(6));
        assertThat(BuildspecFiles.usesBatchFanout(plain)).isFalse();
        assertThat(BuildspecFiles.DEFAULT_FILE_NAME).isEqualTo("integration_buildspec.yml");
    }
}
