package dev.cloudtest.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudtest.core.UserFixableException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pipeline as {@code get-pipeline} returns it: the declaration (every field, known or not) and, when
 * present, the metadata beside it. The declaration is what UpdatePipeline takes back.
 *
 * @param declaration the {@code pipeline} object, never modified through this record
 * @param metadata the {@code metadata} object, or an empty object when the input had none
 */
public record PipelineDocument(ObjectNode declaration, ObjectNode metadata) {
    private static final Pattern ARN =
            Pattern.compile("^arn:(aws[\\w-]*):(codepipeline|iam):([a-z0-9-]*):([0-9]{12}):.*$");

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
        return arnPart(4);
    }

    /** The partition ({@code aws}, {@code aws-cn}, ...), from the same ARNs. */
    public Optional<String> partition() {
        return arnPart(1);
    }

    /** The pipeline's region, from its ARN. */
    public Optional<String> region() {
        return pipelineArn().map(ARN::matcher).filter(Matcher::matches).map(m -> m.group(3));
    }

    /** The account of a CodePipeline or IAM ARN ({@code arn:aws:iam::123456789012:role/x}), if it is one. */
    public static Optional<String> accountOf(String arn) {
        Matcher m = ARN.matcher(arn == null ? "" : arn.trim());
        return m.matches() ? Optional.of(m.group(4)) : Optional.empty();
    }

    private Optional<String> arnPart(int group) {
        for (String arn : new String[] {
            pipelineArn().orElse(""), declaration.path("roleArn").asText("")
        }) {
            Matcher m = ARN.matcher(arn);
            if (m.matches()) {
                return Optional.of(m.group(group));
            }
        }
        return Optional.empty();
    }
}
