package dev.cloudtest.pipeline;

import static dev.cloudtest.pipeline.Fixtures.classicSpec;
import static dev.cloudtest.pipeline.Fixtures.declaration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.model.PipelineJson;
import org.junit.jupiter.api.Test;

class StageRemovalPlannerTest {
    private final ObjectNode classic = declaration("classic.json");

    @Test
    void removingTheAddedStageGivesBackTheOriginalExactly() {
        ObjectNode added = StagePlanner.plan(classic, classicSpec(), false).after();

        PipelinePlan plan = StageRemovalPlanner.plan(added, "IntegrationTest", "IntegrationProject", false);

        assertThat(plan.kind()).isEqualTo(PipelinePlan.Kind.REMOVE);
        assertThat(plan.position()).isEqualTo(3);
        assertThat(PipelineJson.pretty(plan.after())).isEqualTo(PipelineJson.pretty(classic));
        assertThat(plan.diff())
                .contains("\n-    \"name\" : \"IntegrationTest\"")
                .doesNotContain("\n+ ");
    }

    @Test
    void anAbsentStageMeansNothingToDo() {
        PipelinePlan plan = StageRemovalPlanner.plan(classic, "IntegrationTest", "IntegrationProject", false);
        assertThat(plan.kind()).isEqualTo(PipelinePlan.Kind.NOTHING);
        assertThat(plan.after()).isSameAs(classic);
    }

    @Test
    void aStageThatDoesNotRunTheProjectIsOnlyRemovedWhenForced() {
        assertThatThrownBy(() -> StageRemovalPlanner.plan(classic, "Build", "IntegrationProject", false))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("Stage 'Build' of pipeline 'demo-classic' has no CodeBuild action running"
                        + " project 'IntegrationProject'")
                .hasMessageContaining("cloudtest.force=true");
        ObjectNode fourStages = StagePlanner.plan(classic, classicSpec(), false).after();
        assertThat(StageRemovalPlanner.plan(fourStages, "Deploy", "IntegrationProject", true)
                        .kind())
                .isEqualTo(PipelinePlan.Kind.REMOVE);
    }

    @Test
    void aRemovalThatLeavesALaterConsumerWithoutItsInputFails() {
        ObjectNode added = StagePlanner.plan(classic, classicSpec(), false).after();
        ObjectNode report = ((ObjectNode) added.path("stages").get(3)).deepCopy();
        report.put("name", "Report");
        ObjectNode action = (ObjectNode) report.path("actions").get(0);
        action.putArray("outputArtifacts");
        ((ArrayNode) action.get("inputArtifacts")).removeAll().addObject().put("name", "IntegrationTestOutput");
        ((ArrayNode) added.get("stages")).add(report);

        assertThatThrownBy(() -> StageRemovalPlanner.plan(added, "IntegrationTest", "IntegrationProject", false))
                .hasMessageContaining("input artifact 'IntegrationTestOutput' is not produced");
    }

    @Test
    void aPipelineCannotShrinkBelowTwoStages() {
        ObjectNode two = classic.deepCopy();
        ((ArrayNode) two.get("stages")).remove(2);
        ((ObjectNode) two.path("stages").get(1).path("actions").get(0).path("configuration"))
                .put("ProjectName", "IntegrationProject");
        assertThatThrownBy(() -> StageRemovalPlanner.plan(two, "Build", "IntegrationProject", false))
                .hasMessageContaining("the pipeline has 1 stage(s); 2 to 50 are allowed");
    }
}
