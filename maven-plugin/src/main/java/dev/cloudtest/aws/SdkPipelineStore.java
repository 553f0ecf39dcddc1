package dev.cloudtest.aws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudtest.core.Reporter;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.model.PipelineJson;
import dev.cloudtest.pipeline.PipelineDocument;
import dev.cloudtest.pipeline.PipelineStore;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.codepipeline.model.GetPipelineResponse;
import software.amazon.awssdk.services.codepipeline.model.PipelineDeclaration;
import software.amazon.awssdk.services.codepipeline.model.PipelineNotFoundException;
import software.amazon.awssdk.services.codepipeline.model.PipelineVersionNotFoundException;
import software.amazon.awssdk.services.codepipeline.model.UpdatePipelineResponse;

/**
 * CodePipeline through the SDK, with declarations as raw JSON: GetPipeline's raw answer is parsed instead of
 * the SDK's model, and UpdatePipeline sends the declaration exactly as planned, so fields newer than the
 * bundled SDK survive. Fields the SDK would have dropped are reported.
 */
public final class SdkPipelineStore implements PipelineStore {
    private final AwsClients clients;
    private final Reporter reporter;

    public SdkPipelineStore(AwsClients clients, Reporter reporter) {
        this.clients = clients;
        this.reporter = reporter;
    }

    @Override
    public PipelineDocument read(String name) {
        return get(name, null);
    }

    @Override
    public PipelineDocument readVersion(String name, long version) {
        return get(name, (int) version);
    }

    private PipelineDocument get(String name, Integer version) {
        // Emulators answer metadata timestamps as ISO strings the SDK cannot parse; cloudtest reads the metadata
        // from the raw answer, so the SDK only gets the declaration (used to name the fields it does not model).
        RawJsonBodies.Exchange exchange = new RawJsonBodies.Exchange(null, SdkPipelineStore::withoutMetadata);
        GetPipelineResponse response;
        try {
            response = clients.codePipeline().getPipeline(r -> r.name(name)
                    .version(version)
                    .overrideConfiguration(o -> o.putExecutionAttribute(RawJsonBodies.EXCHANGE, exchange)));
        } catch (PipelineNotFoundException e) {
            throw new UserFixableException("Pipeline '" + name + "' does not exist in " + clients.describeTarget()
                    + ". Check cloudtest.pipeline and cloudtest.region (aws codepipeline list-pipelines lists them).");
        } catch (PipelineVersionNotFoundException e) {
            return read(name);
        } catch (SdkException e) {
            throw AwsErrors.translate("CodePipeline GetPipeline", "reading pipeline '" + name + "'", e);
        }
        ObjectNode raw = PipelineJson.parseObject(exchange.responseBody(), "the GetPipeline answer for '" + name + "'");
        PipelineDocument document = PipelineDocument.fromGetPipelineOutput(raw, "the GetPipeline answer");
        reportUnmodelled(document, response.pipeline());
        return document;
    }

    @Override
    public long write(ObjectNode declaration) {
        String name = declaration.path("name").asText();
        ObjectNode input = PipelineJson.newObject();
        input.set("pipeline", declaration);
        RawJsonBodies.Exchange exchange =
                new RawJsonBodies.Exchange(PipelineJson.compact(input).getBytes(StandardCharsets.UTF_8), b -> b);
        try {
            UpdatePipelineResponse response = clients.codePipeline().updatePipeline(r -> r.pipeline(
                            PipelineDeclaration.builder().name(name).build())
                    .overrideConfiguration(o -> o.putExecutionAttribute(RawJsonBodies.EXCHANGE, exchange)));
            ObjectNode raw = PipelineJson.parseObject(exchange.responseBody(), "the UpdatePipeline answer");
            long version = raw.path("pipeline").path("version").asLong(0);
            return version > 0 ? version : response.pipeline().version();
        } catch (SdkException e) {
            throw AwsErrors.translate(
                    "CodePipeline UpdatePipeline", "updating pipeline '" + name + "' (nothing was changed)", e);
        }
    }

    @Override
    public Map<String, String> tags(String pipelineArn) {
        Map<String, String> tags = new LinkedHashMap<>();
        try {
            clients.codePipeline()
                    .listTagsForResourcePaginator(r -> r.resourceArn(pipelineArn))
                    .tags()
                    .forEach(tag -> tags.put(tag.key(), tag.value()));
        } catch (SdkException e) {
            reporter.warn("Could not read the tags of " + pipelineArn + " (" + AwsErrors.summary(e) + "), so cloudtest"
                    + " cannot tell whether CloudFormation manages this pipeline.");
        }
        return tags;
    }

    private static byte[] withoutMetadata(byte[] answer) {
        ObjectNode raw = PipelineJson.parseObject(answer, "the GetPipeline answer");
        raw.remove("metadata");
        return PipelineJson.compact(raw).getBytes(StandardCharsets.UTF_8);
    }

    private void reportUnmodelled(PipelineDocument document, PipelineDeclaration model) {
        if (model == null) {
            return;
        }
        List<String> unknown = SdkModelCoverage.unmodelledFields(document.declaration(), model);
        if (!unknown.isEmpty()) {
            reporter.info("Pipeline '" + document.name() + "' has " + unknown.size() + " field(s) the bundled AWS SDK"
                    + " does not model (" + String.join(", ", unknown.subList(0, Math.min(5, unknown.size())))
                    + (unknown.size() > 5 ? ", ..." : "") + "); cloudtest sends the declaration as read, so they"
                    + " are kept.");
        }
    }
}
