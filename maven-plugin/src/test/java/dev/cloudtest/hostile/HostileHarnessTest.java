package dev.cloudtest.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness itself: a plain run passes and is seen writing; a refused run is seen as one error. */
class HostileHarnessTest {
    @TempDir
    Path tmp;

    @Test
    void aPlainGenerateBuildspecRunWritesTheBuildspecAndNothingElseOutsideTheOutputDirectory() {
        Sandbox sandbox = Sandbox.in(tmp);
        Path buildspec = sandbox.project().resolve("integration_buildspec.yml");

        Goal.named("generate-buildspec", sandbox).run().assertSucceeded();

        assertThat(buildspec).exists();
        sandbox.assertWroteOnlyUnder(buildspec, sandbox.output());
    }

    @Test
    void aWriteOutsideTheAllowedPathsIsCaught() {
        Sandbox sandbox = Sandbox.in(tmp);

        Goal.named("generate-buildspec", sandbox).run().assertSucceeded();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sandbox.assertWroteOnlyUnder(sandbox.output()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("integration_buildspec.yml");
    }

    @Test
    void aBadValueIsRefusedWithOneErrorAndAFifoIsLeftAlone() throws Exception {
        Sandbox sandbox = Sandbox.in(tmp);
        Path fifo = sandbox.fifo("pipe");

        Goal.named("generate-buildspec", sandbox)
                .property("cloudtest.buildspec.coverage", "sometimes")
                .run()
                .assertRefused("cloudtest.buildspec.coverage=sometimes", "auto, true or false");

        sandbox.assertUntouched(fifo);
        sandbox.assertNothingWritten();
        assertThat(Files.isRegularFile(fifo)).isFalse();
    }
}
