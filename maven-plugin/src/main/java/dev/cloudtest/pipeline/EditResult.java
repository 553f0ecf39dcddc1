package dev.cloudtest.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * {@code pipeline-result.json}: what add-stage or remove-stage did, with the AWS calls made (by operation). Written
 * on success, on a dry run and on failure alike; fields that do not apply to a run are left out.
 *
 * @param mode {@code online} or {@code offline}
 * @param outcome {@code applied}, {@code up-to-date}, {@code dry-run}, {@code written-to-file} or {@code failed}
 * @param kind the plan's kind (INSERT, REPLACE, UNCHANGED, REMOVE, ...)
 * @param project add-stage: what was planned for the CodeBuild project
 * @param versionBefore the pipeline's version before the first write
 * @param versionAfter its version after the last, as read back
 * @param pipelineWrites UpdatePipeline calls made (more than one after a foreign write)
 * @param foreignWritesDetected writes by someone else seen between the read and the write
 * @param projectDeleted remove-stage: whether the CodeBuild project was deleted
 * @param updatedFile offline: the edited pipeline, for {@code update-pipeline --cli-input-json}
 * @param createProjectFile offline add-stage: the project, for {@code create-project --cli-input-json}
 * @param error failed: the message, secrets masked
 * @param awsWriteCalls calls that changed something in the account
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EditResult(
        String goal,
        String mode,
        String pipeline,
        String outcome,
        String kind,
        String project,
        Boolean dryRun,
        Long versionBefore,
        Long versionAfter,
        Integer pipelineWrites,
        Integer foreignWritesDetected,
        Boolean projectDeleted,
        String updatedFile,
        String createProjectFile,
        String error,
        Map<String, Integer> awsCalls,
        int awsCallsTotal,
        int awsWriteCalls) {}
