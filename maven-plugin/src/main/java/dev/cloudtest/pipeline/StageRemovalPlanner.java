package dev.cloudtest.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudtest.core.UserFixableException;

/**
 * Plans removing the stage: only that array element goes, so removing what {@link StagePlanner} inserted gives
 * back the original declaration exactly. A stage that does not run the configured project is left alone
 * unless forced, so a typo in the stage name cannot delete someone's Deploy stage.
 */
public final class StageRemovalPlanner {
    private StageRemovalPlanner() {}

    public static PipelinePlan plan(ObjectNode declaration, String stageName, String project, boolean force) {
        int index = StagePlanner.indexOf(StagePlanner.stagesOf(declaration), stageName);
        if (index < 0) {
            return StagePlanner.checked(PipelinePlan.Kind.NOTHING, stageName, -1, declaration, declaration);
        }
        JsonNode stage = StagePlanner.stagesOf(declaration).get(index);
        if (!force && !runsProject(stage, project)) {
            throw new UserFixableException("Stage '" + stageName + "' of pipeline '"
                    + declaration.path("name").asText() + "' has no CodeBuild action running project '" + project
                    + "', so cloudtest did not add it. Check -Dcloudtest.stageName and -Dcloudtest.project, or"
                    + " remove it anyway with -Dcloudtest.force=true.");
        }
        ObjectNode updated = declaration.deepCopy();
        StagePlanner.stagesOf(updated).remove(index);
        return StagePlanner.checked(PipelinePlan.Kind.REMOVE, stageName, index, declaration, updated);
    }

    static boolean runsProject(JsonNode stage, String project) {
        for (JsonNode action : stage.path("actions")) {
            if (action.path("actionTypeId").path("provider").asText("").equals("CodeBuild")
                    && action.path("configuration")
                            .path("ProjectName")
                            .asText("")
                            .equals(project)) {
                return true;
            }
        }
        return false;
    }
}
