package dev.cloudtest.aws;

import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.run.ActionRun;
import dev.cloudtest.run.ExecutionState;
import dev.cloudtest.run.PipelineBusyException;
import dev.cloudtest.run.PipelineRunGateway;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.codepipeline.CodePipelineClient;
import software.amazon.awssdk.services.codepipeline.model.ActionExecutionDetail;
import software.amazon.awssdk.services.codepipeline.model.ActionExecutionResult;
import software.amazon.awssdk.services.codepipeline.model.ConcurrentPipelineExecutionsLimitExceededException;
import software.amazon.awssdk.services.codepipeline.model.ConflictException;
import software.amazon.awssdk.services.codepipeline.model.ErrorDetails;
import software.amazon.awssdk.services.codepipeline.model.PipelineExecution;
import software.amazon.awssdk.services.codepipeline.model.PipelineExecutionNotFoundException;
import software.amazon.awssdk.services.codepipeline.model.PipelineNotFoundException;

/** {@link PipelineRunGateway} over the SDK's CodePipeline client. */
public final class CodePipelineRunGateway implements PipelineRunGateway {
    private final CodePipelineClient codePipeline;
    private final String where;

    public CodePipelineRunGateway(AwsClients clients) {
        this.codePipeline = clients.codePipeline();
        this.where = clients.describeTarget();
    }

    @Override
    public String start(String pipelineName) {
        try {
            return codePipeline
                    .startPipelineExecution(b -> b.name(pipelineName))
                    .pipelineExecutionId();
        } catch (ConflictException | ConcurrentPipelineExecutionsLimitExceededException busy) {
            throw new PipelineBusyException(AwsFailures.errorCode(busy) + ": " + AwsFailures.message(busy), busy);
        } catch (PipelineNotFoundException e) {
            throw pipelineNotFound(pipelineName);
        } catch (SdkException e) {
            throw AwsFailures.wrap("CodePipeline StartPipelineExecution", e);
        }
    }

    @Override
    public ExecutionState execution(String pipelineName, String executionId) {
        try {
            PipelineExecution execution = codePipeline
                    .getPipelineExecution(b -> b.pipelineName(pipelineName).pipelineExecutionId(executionId))
                    .pipelineExecution();
            return new ExecutionState(execution.statusAsString(), execution.statusSummary());
        } catch (PipelineNotFoundException e) {
            throw pipelineNotFound(pipelineName);
        } catch (PipelineExecutionNotFoundException e) {
            throw new UserFixableException("Pipeline " + pipelineName + " has no execution '" + executionId
                    + "' (cloudtest.execution). Copy the id from the console or `aws codepipeline"
                    + " list-pipeline-executions --pipeline-name " + pipelineName + "`.");
        } catch (SdkException e) {
            throw AwsFailures.wrap("CodePipeline GetPipelineExecution", e);
        }
    }

    @Override
    public List<ActionRun> actions(String pipelineName, String executionId) {
        return AwsFailures.call("CodePipeline ListActionExecutions", () -> codePipeline
                .listActionExecutionsPaginator(
                        b -> b.pipelineName(pipelineName).filter(f -> f.pipelineExecutionId(executionId)))
                .actionExecutionDetails()
                .stream()
                .map(CodePipelineRunGateway::toActionRun)
                .toList());
    }

    private UserFixableException pipelineNotFound(String pipelineName) {
        return new UserFixableException("Pipeline '" + pipelineName + "' does not exist in " + where
                + ". Set cloudtest.pipeline to an existing pipeline, and check cloudtest.region.");
    }

    private static ActionRun toActionRun(ActionExecutionDetail detail) {
        Optional<ActionExecutionResult> result =
                Optional.ofNullable(detail.output()).map(o -> o.executionResult());
        return new ActionRun(
                detail.stageName(),
                detail.actionName(),
                detail.statusAsString(),
                detail.startTime(),
                result.map(ActionExecutionResult::externalExecutionId).orElse(null),
                result.map(ActionExecutionResult::externalExecutionUrl).orElse(null),
                result.map(ActionExecutionResult::errorDetails)
                        .map(ErrorDetails::message)
                        .orElse(null));
    }
}
