package dev.cloudtest.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output and input paths that are not regular files: the goal names the parameter and leaves the special file as
 * it was. (Run as root, generate-buildspec once replaced {@code /dev/null} with a regular file; the device here is
 * a private copy made in a temporary directory, so a regression cannot damage the machine.)
 */
class OutputPathHostileTest {
    @TempDir
    Path tmp;

    @Test
    void aFifoAsTheBuildspecFileIsRefusedAndLeftAFifo() {
        Sandbox sandbox = Sandbox.in(tmp);
        Path fifo = sandbox.fifo("pipe.yml");

        Goal.named("generate-buildspec", sandbox)
                .property("cloudtest.buildspec.file", fifo.toString())
                .run()
                .assertRefused(
                        "cloudtest.buildspec.file",
                        "is a FIFO (named pipe), not a regular file",
                        "Point cloudtest.buildspec.file at a regular file");

        sandbox.assertUntouched(fifo);
        sandbox.assertNothingWritten();
    }

    @Test
    void aFifoInCheckModeIsRefusedInsteadOfBlockingTheRead() {
        Sandbox sandbox = Sandbox.in(tmp);
        Path fifo = sandbox.fifo("pipe.yml");

        Goal.named("generate-buildspec", sandbox)
                .property("cloudtest.buildspec.file", fifo.toString())
                .property("cloudtest.buildspec.check", "true")
                .run()
                .assertRefused("cloudtest.buildspec.file", "FIFO");

        sandbox.assertUntouched(fifo);
        sandbox.assertNothingWritten();
    }

    @Test
    void aLinkToAFifoIsFollowedAndRefused() {
        Sandbox sandbox = Sandbox.in(tmp);
        Path fifo = sandbox.fifo("pipe");
        Path link = sandbox.symlink("integration_buildspec.yml", fifo);

        Goal.named("generate-buildspec", sandbox)
                .run()
                .assertRefused("cloudtest.buildspec.file", "(-> " + fifo + ")", "FIFO");

        sandbox.assertUntouched(fifo, link);
        sandbox.assertNothingWritten();
    }

    @Test
    void aCharacterDeviceLikeDevNullIsRefusedAndStaysADevice() throws Exception {
        assumeTrue(System.getProperty("user.name").equals("root"), "mknod needs root (the case of the bug)");
        Sandbox sandbox = Sandbox.in(tmp);
        Path device = sandbox.project().resolve("null");
        // A private copy of /dev/null (major 1, minor 3): the same kind of file the bug replaced.
        assertThat(new ProcessBuilder("mknod", device.toString(), "c", "1", "3")
                        .inheritIO()
                        .start()
                        .waitFor())
                .isZero();
        Path link = sandbox.symlink("devnull-link", device);

        for (Path target : new Path[] {device, link}) {
            Goal.named("generate-buildspec", sandbox)
                    .property("cloudtest.buildspec.file", target.toString())
                    .run()
                    .assertRefused("cloudtest.buildspec.file", "is a character device, not a regular file");
            sandbox.assertUntouched(device, link);
            sandbox.assertNothingWritten();
        }
        assertThat(Files.isRegularFile(device, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(((Integer) Files.getAttribute(device, "unix:mode")) & 0170000)
                .isEqualTo(0020000);
    }

    @Test
    void aFifoWhereAResultFileGoesIsRefusedNamingTheOutputDirectory() throws IOException {
        Sandbox sandbox = Sandbox.in(tmp);
        Files.createDirectories(sandbox.output());
        Path fifo = sandbox.fifo("target/cloudtest/generate-buildspec.json");

        Goal.named("generate-buildspec", sandbox)
                .run()
                .assertRefused("cloudtest.outputDirectory", "generate-buildspec.json", "FIFO");

        sandbox.assertUntouched(fifo);
    }

    @Test
    void aFifoGivenToValidateBuildspecIsNamedAsAFifoNotAsMissing() {
        Sandbox sandbox = Sandbox.in(tmp);
        Path fifo = sandbox.fifo("buildspec.yml");

        Outcome outcome = Goal.named("validate-buildspec", sandbox)
                .set("files", List.of(fifo.toFile()))
                .run()
                .assertRefused(
                        "cloudtest.buildspec.files", "FIFO", "Point cloudtest.buildspec.files at a regular file");

        assertThat(outcome.output()).doesNotContain("does not exist");
        sandbox.assertUntouched(fifo);
        sandbox.assertNothingWritten();
    }

    @Test
    void aFifoAsThePipelineFileIsRefusedInsteadOfHanging() {
        Sandbox sandbox = Sandbox.in(tmp);
        Path fifo = sandbox.fifo("pipeline.json");

        Goal.named("add-stage", sandbox)
                .property("cloudtest.pipelineFile", fifo.toString())
                .property("cloudtest.pipeline", "orders")
                .property("cloudtest.project", "orders-it")
                .run()
                .assertRefused("cloudtest.pipelineFile", "FIFO", "Point cloudtest.pipelineFile at a regular file");

        sandbox.assertUntouched(fifo);
    }
}
