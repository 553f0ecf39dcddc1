package dev.cloudtest.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * {@code pipeline-plan.json}: the change add-stage or remove-stage planned, written before any write. Fields that
 * belong to one goal are left out of the other's file. The stage and the project settings stay JSON trees (they are
 * parts of AWS declarations, kept whole), with secret-looking values masked.
 *
 * @param versionRead the pipeline version the plan was made on
 * @param stage add-stage: the stage as it will be written
 * @param project add-stage: what happens to the CodeBuild project
 * @param cloudFormationStack add-stage: the stack that manages the pipeline, when one does
 * @param deleteProject remove-stage: whether the project is to be deleted too
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EditPlanFile(
        String goal,
        String mode,
        String pipeline,
        long versionRead,
        String kind,
        String stageName,
        int position,
        String summary,
        String diff,
        List<String> warnings,
        JsonNode stage,
        ProjectEntry project,
        String cloudFormationStack,
        Boolean deleteProject) {

    /**
     * The project part of add-stage's plan.
     *
     * @param action CREATE, UPDATE or UP_TO_DATE
     * @param desired the project's settings as cloudtest wants them, secret-looking values masked
     */
    public record ProjectEntry(String action, String summary, List<String> changes, JsonNode desired) {}
}
