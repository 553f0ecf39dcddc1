package dev.cloudtest.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudtest.core.Arn;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.model.PipelineJson;
import java.util.Optional;

/**
 * A pipeline as {@code get-pipeline} returns it: the declaration (every field, known or not) and, when
 * present, the metadata beside it. The declaration is what UpdatePipeline takes back.
 *
 * @param declaration the {@code pipeline} object, never modified through this record
 * @param metadata the {@code metadata} object, or an empty object when the input had none
 */
public record PipelineDocument(ObjectNode declaration, ObjectNode metadata) {

    /** Accepts {@code {"pipeline": ..., "metadata": ...}} (metadata optional) or a bare declaration. */
    public static PipelineDocument fromGetPipelineOutput(ObjectNode json, String source) {
        JsonNode pipeline = json.get("pipeline");
        if (pipeline == null && json.has("stages")) {
            return new PipelineDocument(json, PipelineJson.newObject());
        }
        if (!(pipeline instanceof ObjectNode declaration)) {
            throw new UserFixableException(source + " has no \"pipeline\" object. Expected the output of"
                    + " `aws codepipeline get-pipeline --name <pipeline>`.");
        }
        JsonNode metadata = json.get("metadata");
        ObjectNode meta = metadata instanceof ObjectNode m ? m : PipelineJson.newObject();
        PipelineDocument document = new PipelineDocument(declaration, meta);
        if (document.name().isEmpty() || !declaration.path("stages").isArray()) {
            throw new UserFixableException(source + ": the pipeline declaration needs a \"name\" and a \"stages\""
                    + " array. Expected the output of `aws codepipeline get-pipeline --name <pipeline>`.");
        }
        return document;
    }

    public String name() {
        return declaration.path("name").asText("");
    }

    /** The version, or 0 when the input had none. */
    public long version() {
        return declaration.path("version").asLong(0);
    }

    public Optional<String> pipelineArn() {
        String arn = metadata.path("pipelineArn").asText("");
        return arn.isEmpty() ? Optional.empty() : Optional.of(arn);
    }

    /** The account of the pipeline, from its ARN or else its service role's ARN. */
    public Optional<String> accountId() {
        return knownArn().map(Arn::account);
    }

    /** The partition ({@code aws}, {@code aws-cn}, ...), from the same ARNs. */
    public Optional<String> partition() {
        return knownArn().map(Arn::partition);
    }

    /** The pipeline's region, from its ARN. */
    public Optional<String> region() {
        return pipelineArn().flatMap(Arn::parse).map(Arn::region);
    }

    private Optional<Arn> knownArn() {
        return pipelineArn()
                .flatMap(Arn::parse)
                .or(() -> Arn.parse(declaration.path("roleArn").asText("")));
    }
}
