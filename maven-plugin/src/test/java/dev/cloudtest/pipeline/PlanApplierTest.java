package dev.cloudtest.pipeline;

import static dev.cloudtest.pipeline.Fixtures.classicSpec;
import static dev.cloudtest.pipeline.Fixtures.getPipelineOutput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudtest.core.EnvironmentException;
import dev.cloudtest.core.RecordingReporter;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlanApplierTest {
    private final InMemoryStores aws = new InMemoryStores();
    private final RecordingReporter reporter = new RecordingReporter();
    private final Function<ObjectNode, PipelinePlan> planner = d -> StagePlanner.plan(d, classicSpec(), false);

    @BeforeEach
    void seed() {
        aws.seed(getPipelineOutput("classic.json"));
    }

    private PlanApplier.Outcome apply() {
        PipelinePlan plan = planner.apply(aws.pipelines.read("demo-classic").declaration());
        return new PlanApplier(aws.pipelines, reporter).apply("demo-classic", planner, plan);
    }

    @Test
    void aQuietPipelineTakesOneWriteAndOneCheck() {
        PlanApplier.Outcome outcome = apply();

        assertThat(outcome).isEqualTo(new PlanApplier.Outcome(1, 2, 1, 0));
        assertThat(aws.calls).containsEntry("CodePipeline.GetPipeline", 2);
    }

    @Test
    void anotherWriterWhoAlsoAddedTheStageIsNotDuplicated() {
        // The other writer adds the very same stage between our read and our write.
        aws.beforeWrite = current -> {
            aws.beforeWrite = d -> null;
            return planner.apply(current).after().put("foreign", true);
        };

        PlanApplier.Outcome outcome = apply();

        ObjectNode stored = aws.current("demo-classic");
        assertThat(StagePlanner.stageNames(stored.path("stages")))
                .containsExactly("Source", "Build", "Deploy", "IntegrationTest");
        assertThat(stored.path("foreign").asBoolean()).isTrue(); // their version was written back
        assertThat(outcome.writes()).isEqualTo(2);
    }

    @Test
    void aPipelineThatNeverStopsChangingEndsWithAClearErrorAfterFourWrites() {
        aws.beforeWrite = current -> {
            ((ArrayNode) current.withArray("variables")).addObject().put("name", "v" + current.path("version"));
            return current;
        };

        assertThatThrownBy(this::apply)
                .isInstanceOf(EnvironmentException.class)
                .hasMessageContaining("kept changing while cloudtest edited it (4 writes");
        assertThat(aws.calls.get("CodePipeline.UpdatePipeline")).isEqualTo(4);
    }

    @Test
    void anOtherWriterWhoRemovesTheStageRightAfterUsGetsItBack() {
        aws.afterWrite = current -> {
            aws.afterWrite = d -> null;
            ((ArrayNode) current.get("stages")).remove(3);
            return current;
        };

        PlanApplier.Outcome outcome = apply();

        assertThat(aws.current("demo-classic").path("stages")).hasSize(4);
        assertThat(outcome).isEqualTo(new PlanApplier.Outcome(1, 4, 2, 1));
    }
}
