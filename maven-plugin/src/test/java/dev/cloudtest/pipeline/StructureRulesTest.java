package dev.cloudtest.pipeline;

import static dev.cloudtest.pipeline.Fixtures.declaration;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudtest.model.PipelineJson;
import org.junit.jupiter.api.Test;

/** Each structural rule of docs/aws-apis.md §1.7-1.8, on a valid pipeline and on one that breaks it. */
class StructureRulesTest {
    private final ObjectNode valid = declaration("classic.json");

    private ArrayNode stages(ObjectNode declaration) {
        return (ArrayNode) declaration.get("stages");
    }

    private ObjectNode action(ObjectNode declaration, int stage, int action) {
        return (ObjectNode)
                declaration.path("stages").get(stage).path("actions").get(action);
    }

    private ObjectNode codeBuildAction(String name, String... inputs) {
        ObjectNode action = PipelineJson.newObject();
        action.put("name", name);
        action.putObject("actionTypeId")
                .put("category", "Test")
                .put("owner", "AWS")
                .put("provider", "CodeBuild")
                .put("version", "1");
        action.putObject("configuration").put("ProjectName", "p");
        ArrayNode in = action.putArray("inputArtifacts");
        for (String input : inputs) {
            in.addObject().put("name", input);
        }
        action.putArray("outputArtifacts");
        return action;
    }

    @Test
    void theFixturesAreValid() {
        assertThat(StructureRules.problems(valid)).isEmpty();
        assertThat(StructureRules.problems(declaration("v2-everything.json"))).isEmpty();
    }

    @Test
    void aPipelineNeedsTwoToFiftyStages() {
        ObjectNode one = valid.deepCopy();
        stages(one).remove(2);
        stages(one).remove(1);
        assertThat(StructureRules.problems(one)).containsExactly("the pipeline has 1 stage(s); 2 to 50 are allowed");
    }

    @Test
    void stageNamesAreUnique() {
        ObjectNode twice = valid.deepCopy();
        ((ObjectNode) stages(twice).get(2)).put("name", "Build");
        assertThat(StructureRules.problems(twice)).contains("two stages are named 'Build'; stage names must be unique");
    }

    @Test
    void actionNamesAreUniqueWithinAStageButMayRepeatAcrossStages() {
        // "Build" and "Deploy" actions share names with their stages, and Source with its stage: allowed.
        ObjectNode twice = valid.deepCopy();
        ObjectNode second = action(twice, 2, 0).deepCopy();
        second.put("runOrder", 2);
        second.remove("namespace");
        ((ArrayNode) twice.path("stages").get(2).path("actions")).add(second);
        assertThat(StructureRules.problems(twice))
                .containsExactly(
                        "stage 'Deploy' has two actions named 'Deploy'; action names must be unique within a stage");
    }

    @Test
    void onlyTheFirstStageHoldsSourceActionsAndItHoldsNothingElse() {
        ObjectNode swapped = valid.deepCopy();
        action(swapped, 1, 0).with("actionTypeId").put("category", "Source");
        action(swapped, 0, 0).with("actionTypeId").put("category", "Build");
        assertThat(StructureRules.problems(swapped))
                .contains("action 'Source' in stage 'Source': the first stage may hold only Source actions, this one"
                        + " is Build")
                .contains("action 'Build' in stage 'Build': Source actions are allowed only in the first stage");
    }

    @Test
    void anInputMustBeProducedByALowerRunOrderOrAnEarlierStage() {
        ObjectNode sameStage = valid.deepCopy();
        ObjectNode consumer = codeBuildAction("Check", "BuildArtifact");
        ((ArrayNode) sameStage.path("stages").get(1).path("actions")).add(consumer);
        assertThat(StructureRules.problems(sameStage))
                .containsExactly("action 'Check' in stage 'Build': input artifact 'BuildArtifact' is not produced by"
                        + " any action that runs before it");

        consumer.put("runOrder", 2);
        ((ArrayNode) sameStage.path("stages").get(1).path("actions")).set(1, consumer);
        assertThat(StructureRules.problems(sameStage)).isEmpty();
    }

    @Test
    void outputArtifactNamesAreUniqueInThePipeline() {
        ObjectNode twice = valid.deepCopy();
        action(twice, 2, 0).putArray("outputArtifacts").addObject().put("name", "SourceArtifact");
        assertThat(StructureRules.problems(twice))
                .containsExactly("action 'Deploy' in stage 'Deploy': output artifact 'SourceArtifact' is already"
                        + " produced by another action; output artifact names must be unique in the pipeline");
    }

    @Test
    void codeBuildActionsTakeOneToFiveInputsAndAtMostFiveOutputs() {
        ObjectNode pipeline = valid.deepCopy();
        ArrayNode actions = (ArrayNode) pipeline.path("stages").get(2).path("actions");
        actions.add(codeBuildAction("None"));
        ObjectNode five = codeBuildAction("Five", "SourceArtifact", "BuildArtifact", "A", "B", "C");
        five.with("configuration").put("PrimarySource", "SourceArtifact");
        ObjectNode producer =
                (ObjectNode) pipeline.path("stages").get(1).path("actions").get(0);
        for (String name : new String[] {"A", "B", "C", "D"}) {
            ((ArrayNode) producer.get("outputArtifacts")).addObject().put("name", name);
        }
        actions.add(five);
        assertThat(StructureRules.problems(pipeline))
                .containsExactly("action 'None' in stage 'Deploy': a CodeBuild action takes 1 to 5 input artifacts,"
                        + " this one has 0");

        ((ArrayNode) five.get("inputArtifacts")).addObject().put("name", "D");
        ArrayNode outputs = five.putArray("outputArtifacts");
        for (int i = 1; i <= 6; i++) {
            outputs.addObject().put("name", "Out" + i);
        }
        assertThat(StructureRules.problems(pipeline))
                .contains("action 'Five' in stage 'Deploy': a CodeBuild action takes 1 to 5 input artifacts, this"
                        + " one has 6")
                .contains("action 'Five' in stage 'Deploy': a CodeBuild action makes at most 5 output artifacts,"
                        + " this one has 6");
    }

    @Test
    void severalCodeBuildInputsNeedAPrimarySource() {
        ObjectNode pipeline = valid.deepCopy();
        ObjectNode two = codeBuildAction("Two", "SourceArtifact", "BuildArtifact");
        ((ArrayNode) pipeline.path("stages").get(2).path("actions")).add(two);
        assertThat(StructureRules.problems(pipeline))
                .containsExactly("action 'Two' in stage 'Deploy': with several input artifacts, configuration"
                        + " PrimarySource must name one");
        two.with("configuration").put("PrimarySource", "BuildArtifact");
        assertThat(StructureRules.problems(pipeline)).isEmpty();
    }

    @Test
    void configurationKeysAndValuesHaveLengthLimits() {
        ObjectNode pipeline = valid.deepCopy();
        action(pipeline, 1, 0).with("configuration").put("K".repeat(50), "v".repeat(1000));
        assertThat(StructureRules.problems(pipeline)).isEmpty();
        action(pipeline, 1, 0).with("configuration").put("K".repeat(51), "v".repeat(1001));
        assertThat(StructureRules.problems(pipeline)).hasSize(2);
    }

    @Test
    void namespacesAreUniqueAndDifferFromArtifactNames() {
        ObjectNode pipeline = valid.deepCopy();
        action(pipeline, 2, 0).put("namespace", "BuildVariables");
        assertThat(StructureRules.problems(pipeline))
                .containsExactly("action 'Deploy' in stage 'Deploy': namespace 'BuildVariables' is already used by"
                        + " action 'Build' in stage 'Build'; namespaces must be unique");
        action(pipeline, 2, 0).put("namespace", "BuildArtifact");
        assertThat(StructureRules.problems(pipeline))
                .containsExactly("action 'Deploy' in stage 'Deploy': namespace 'BuildArtifact' is also an artifact"
                        + " name; they must differ");
        action(pipeline, 2, 0).put("namespace", "Deploy.Vars");
        assertThat(StructureRules.problems(pipeline)).singleElement().asString().contains("may contain only");
    }

    @Test
    void exactlyOneArtifactStoreAndCrossRegionActionsNeedTheirRegion() {
        ObjectNode both = valid.deepCopy();
        both.putObject("artifactStores")
                .putObject("us-east-1")
                .put("type", "S3")
                .put("location", "b");
        assertThat(StructureRules.problems(both))
                .containsExactly("the pipeline must have exactly one of artifactStore and artifactStores");

        ObjectNode v2 = declaration("v2-everything.json");
        action(v2, 2, 0).put("region", "ap-south-1");
        assertThat(StructureRules.problems(v2))
                .containsExactly(
                        "action 'DeployEU' in stage 'Deploy': region ap-south-1 has no entry in" + " artifactStores");
    }

    @Test
    void runOrderStaysWithin1To999() {
        ObjectNode pipeline = valid.deepCopy();
        action(pipeline, 2, 0).put("runOrder", 999);
        assertThat(StructureRules.problems(pipeline)).isEmpty();
        action(pipeline, 2, 0).put("runOrder", 1000);
        assertThat(StructureRules.problems(pipeline))
                .containsExactly("action 'Deploy' in stage 'Deploy': runOrder 1000 is outside 1 to 999");
    }
}
