package dev.cloudtest.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.codepipeline.model.PipelineDeclaration;

/** Two invoker builds share one endpoint: parallel writers must each get their own version number. */
class ConcurrencyTest {
    @RegisterExtension
    static final LocalAwsTestSupport aws = new LocalAwsTestSupport();

    @Test
    void parallelUpdatesGetDistinctConsecutiveVersions() throws Exception {
        aws.seedClassic("busy");
        aws.control.putProject("BuildProject", "{}");
        PipelineDeclaration declaration =
                aws.codePipeline.getPipeline(b -> b.name("busy")).pipeline();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> versions = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            versions.add(pool.submit(() -> aws.codePipeline
                    .updatePipeline(b -> b.pipeline(declaration))
                    .pipeline()
                    .version()));
        }
        List<Integer> seen = new ArrayList<>();
        for (Future<Integer> version : versions) {
            seen.add(version.get());
        }
        pool.shutdown();

        assertThat(seen)
                .containsExactlyInAnyOrderElementsOf(
                        java.util.stream.IntStream.rangeClosed(2, 21).boxed().toList());
        assertThat(aws.codePipeline.getPipeline(b -> b.name("busy")).pipeline().version())
                .isEqualTo(21);
        assertThat(aws.control.count("busy", "UpdatePipeline")).isEqualTo(20);
    }
}
