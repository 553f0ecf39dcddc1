package dev.cloudtest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudtest.model.PipelineJson;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Adding the stage and removing it again gives back the declaration byte for byte, for random valid
 * declarations using every optional field (V1 and V2, triggers, variables, execution modes, cross-Region
 * artifact stores, stage conditions, namespaces, action roles and regions, timeouts, masked secrets, commands,
 * and fields no SDK knows yet).
 */
class RoundTripPropertyTest {
    private static final int CASES = 600;

    @Test
    void addThenRemoveGivesBackTheOriginalJsonExactly() {
        RandomDeclarations generator = new RandomDeclarations(20261121L);
        int v2 = 0;
        int crossRegion = 0;
        int conditions = 0;
        int unknown = 0;
        for (int i = 0; i < CASES; i++) {
            RandomDeclarations.Case c = generator.next();
            String original = PipelineJson.pretty(c.declaration());
            assertThat(StructureRules.problems(c.declaration()))
                    .as("generated case %d is valid", i)
                    .isEmpty();
            ObjectNode parsed = PipelineJson.parseObject(original.getBytes(StandardCharsets.UTF_8), "case " + i);

            PipelinePlan added = StagePlanner.plan(parsed, c.spec(), false);
            assertThat(added.kind()).as("case %d", i).isEqualTo(PipelinePlan.Kind.INSERT);
            assertThat(StagePlanner.plan(added.after(), c.spec(), false).kind())
                    .as("case %d re-run", i)
                    .isEqualTo(PipelinePlan.Kind.NOTHING);
            String written = PipelineJson.pretty(added.after());
            ObjectNode reread = PipelineJson.parseObject(written.getBytes(StandardCharsets.UTF_8), "written " + i);
            PipelinePlan removed = StageRemovalPlanner.plan(
                    reread, c.spec().stageName(), c.spec().project(), false);

            assertThat(PipelineJson.pretty(removed.after())).as("case %d", i).isEqualTo(original);
            v2 += c.declaration().path("pipelineType").asText().equals("V2") ? 1 : 0;
            crossRegion += c.declaration().path("artifactStores").size() > 1 ? 1 : 0;
            conditions += original.contains("\"beforeEntry\"") && original.contains("\"onSuccess\"") ? 1 : 0;
            unknown += original.contains("\"futureActionField\"") ? 1 : 0;
        }
        // The generator really covers the interesting shapes.
        assertThat(v2).isBetween(CASES / 4, CASES * 3 / 4);
        assertThat(crossRegion).isGreaterThan(CASES / 10);
        assertThat(conditions).isGreaterThan(CASES / 10);
        assertThat(unknown).isGreaterThan(CASES / 2);
    }
}
