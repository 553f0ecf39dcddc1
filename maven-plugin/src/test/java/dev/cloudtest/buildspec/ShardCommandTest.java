package dev.cloudtest.buildspec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the generated shard command under bash with stand-ins for {@code codebuild-tests-run} and {@code mvn}, to
 * show the shard's files become Failsafe's {@code -Dit.test=} however CodeBuild hands them over.
 */
class ShardCommandTest {
    private static final String FILES =
            "orders-it/src/test/java/com/acme/OrderIT.java " + "src/test/java/com/acme/pay/PaymentIT.java";

    @TempDir
    Path dir;

    @Test
    void appendedFilesBecomeItTest() throws Exception {
        // codebuild-tests-run appends the shard's files to --test-command.
        String mvnArgs = runShard("exec $cmd " + FILES, Map.of());
        assertThat(mvnArgs)
                .isEqualTo("-B -ntp verify -Dit.test=com.acme.OrderIT,com.acme.pay.PaymentIT"
                        + " -Dfailsafe.failIfNoSpecifiedTests=false");
    }

    @Test
    void filesFromTheEnvironmentVariableWorkToo() throws Exception {
        String mvnArgs = runShard("exec $cmd", Map.of("CODEBUILD_CURRENT_SHARD_FILES", FILES.replace(' ', '\n')));
        assertThat(mvnArgs).contains("-Dit.test=com.acme.OrderIT,com.acme.pay.PaymentIT ");
    }

    @Test
    void anEmptyShardRunsNothing() throws Exception {
        assertThat(runShard("exec $cmd", Map.of())).isEqualTo("(mvn not run)");
    }

    /** Runs the generated command with a fake codebuild-tests-run whose body is {@code shardBody}. */
    private String runShard(String shardBody, Map<String, String> env) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is needed to run the shard script");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path mvnLog = dir.resolve("mvn.args");
        fake(bin.resolve("mvn"), "printf '%s' \"$*\" > '" + mvnLog + "'");
        fake(bin.resolve("codebuild-tests-run"), "cmd=$2\n" + shardBody);
        String script = dir.resolve("shard.sh").toString();
        String command = ShardCommand.of(
                        "mvn -B -ntp verify",
                        "**/src/test/java/**/*IT.java",
                        Optional.of("it.test"),
                        Optional.of("failsafe.failIfNoSpecifiedTests"))
                .replace(ShardCommand.SCRIPT, script);

        ProcessBuilder process = new ProcessBuilder("/bin/bash", "-c", command).directory(dir.toFile());
        process.environment().put("PATH", bin + ":/usr/bin:/bin");
        process.environment().remove("CODEBUILD_CURRENT_SHARD_FILES");
        process.environment().putAll(env);
        Process run = process.redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes());
        assertThat(run.waitFor()).as(output).isZero();
        return Files.exists(mvnLog) ? Files.readString(mvnLog) : "(mvn not run)";
    }

    private static void fake(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/bash\n" + body + "\n");
        assertThat(file.toFile().setExecutable(true)).isTrue();
    }
}
