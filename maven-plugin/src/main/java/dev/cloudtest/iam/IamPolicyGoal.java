package dev.cloudtest.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudtest.core.Arn;
import dev.cloudtest.core.Reporter;
import dev.cloudtest.core.ResultFiles;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.model.Names;
import dev.cloudtest.model.PipelineJson;
import dev.cloudtest.pipeline.PipelineDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code cloudtest:iam-policy}: fills the policies from the parameters and, when given, a saved get-pipeline
 * output (account, region, pipeline role, artifact bucket, KMS key). No AWS call.
 */
public final class IamPolicyGoal {

    /**
     * The parameters; null means not given.
     *
     * @param pipelineFile a saved get-pipeline output, or null
     */
    public record Parameters(
            String pipeline,
            String project,
            String stackName,
            String serviceRole,
            String region,
            String account,
            Path pipelineFile,
            String outputArtifact,
            boolean deleteProject,
            int shards) {}

    private IamPolicyGoal() {}

    public static ObjectNode run(
            Parameters p, Optional<String> environmentRegion, Reporter reporter, Path outputDirectory) {
        return run(p, null, environmentRegion, reporter, outputDirectory);
    }

    /**
     * The same, with the stack pool's statements when {@code pool} names a lease table.
     *
     * @since 0.1.0
     */
    public static ObjectNode run(
            Parameters p,
            IamPolicy.Pool pool,
            Optional<String> environmentRegion,
            Reporter reporter,
            Path outputDirectory) {
        checkParameters(p);
        Optional<PipelineDocument> document = Optional.ofNullable(p.pipelineFile())
                .map(file -> PipelineDocument.fromGetPipelineOutput(
                        PipelineJson.readObject(file, "cloudtest.pipelineFile"), file.toString()));
        List<String> placeholders = new ArrayList<>();
        String account = first(
                placeholders,
                "ACCOUNT_ID",
                "cloudtest.account",
                Optional.ofNullable(p.account()),
                document.flatMap(PipelineDocument::accountId),
                Arn.parse(p.serviceRole()).map(Arn::account));
        String region = first(
                placeholders,
                "REGION",
                "cloudtest.region",
                Optional.ofNullable(p.region()),
                document.flatMap(PipelineDocument::region),
                environmentRegion);
        String partition = document.flatMap(PipelineDocument::partition).orElse("aws");
        String pipeline = first(
                placeholders,
                "PIPELINE",
                "cloudtest.pipeline",
                Optional.ofNullable(p.pipeline()),
                document.map(PipelineDocument::name));
        String pipelineRole = first(
                placeholders,
                Arn.ofRole("PIPELINE_SERVICE_ROLE", partition, account),
                "cloudtest.pipelineFile (the pipeline's roleArn)",
                document.map(d -> d.declaration().path("roleArn").asText("")).filter(s -> !s.isEmpty()));
        String buildRole = first(
                placeholders,
                Arn.ofRole("CODEBUILD_SERVICE_ROLE", partition, account),
                "cloudtest.serviceRole",
                Optional.ofNullable(p.serviceRole()).map(role -> Arn.ofRole(role, partition, account)));
        Optional<JsonNode> store = document.map(d -> artifactStore(d, region));
        String bucket = first(
                placeholders,
                "ARTIFACT_BUCKET",
                "cloudtest.pipelineFile (the artifact store)",
                store.map(s -> s.path("location").asText("")).filter(s -> !s.isEmpty()));
        String kms = store.map(s -> s.path("encryptionKey").path("id").asText(""))
                .filter(s -> !s.isEmpty())
                .orElse(null);
        IamPolicy.Request request = new IamPolicy.Request(
                partition,
                region,
                account,
                pipeline,
                p.project(),
                p.stackName(),
                pipelineRole,
                buildRole,
                bucket,
                kms,
                p.outputArtifact() != null
                        && !p.outputArtifact().isBlank()
                        && !p.outputArtifact().equalsIgnoreCase("none"),
                p.deleteProject(),
                p.shards() > 1);
        ObjectNode policies = IamPolicy.build(request, pool);
        policies.putPOJO("placeholders", placeholders);
        ResultFiles.writeText(outputDirectory, "iam-policy.json", PipelineJson.pretty(policies) + "\n");
        ResultFiles.writeText(
                outputDirectory, "iam-caller-policy.json", PipelineJson.pretty(policies.get("callerPolicy")) + "\n");
        ResultFiles.writeText(
                outputDirectory,
                "iam-codebuild-role-policy.json",
                PipelineJson.pretty(policies.get("codeBuildServiceRolePolicy")) + "\n");
        reporter.info("Policy for the principal that runs cloudtest ("
                + ResultFiles.shown(outputDirectory.resolve("iam-caller-policy.json")) + "):\n"
                + PipelineJson.pretty(policies.get("callerPolicy")));
        reporter.info("Policy for the CodeBuild service role of '" + p.project() + "' ("
                + ResultFiles.shown(outputDirectory.resolve("iam-codebuild-role-policy.json")) + "):\n"
                + PipelineJson.pretty(policies.get("codeBuildServiceRolePolicy")));
        reporter.info("Statements the pipeline's own service role needs to run the action:\n"
                + PipelineJson.pretty(policies.get("pipelineServiceRoleStatements")));
        placeholders.forEach(reporter::warn);
        return policies;
    }

    private static JsonNode artifactStore(PipelineDocument document, String region) {
        ObjectNode declaration = document.declaration();
        if (declaration.has("artifactStore")) {
            return declaration.get("artifactStore");
        }
        JsonNode stores = declaration.path("artifactStores");
        return stores.has(region)
                ? stores.get(region)
                : stores.elements().hasNext() ? stores.elements().next() : stores;
    }

    /** A malformed value would end up in an ARN that matches nothing (or a policy IAM rejects). */
    private static void checkParameters(Parameters p) {
        List<String> problems = new ArrayList<>();
        if (given(p.account()) && !p.account().trim().matches("\\d{12}")) {
            problems.add("cloudtest.account '" + p.account() + "' is not an AWS account id (12 digits)");
        }
        if (given(p.pipeline())) {
            Names.PIPELINE
                    .problem(p.pipeline().trim())
                    .ifPresent(problem -> problems.add("cloudtest.pipeline: " + problem));
        }
        if (given(p.project())) {
            Names.PROJECT
                    .problem(p.project().trim())
                    .ifPresent(problem -> problems.add("cloudtest.project: " + problem));
        }
        if (given(p.stackName())) {
            Names.STACK
                    .problem(p.stackName().trim())
                    .ifPresent(problem -> problems.add("cloudtest.stackName: " + problem));
        }
        if (given(p.region())) {
            Names.REGION.problem(p.region().trim()).ifPresent(problem -> problems.add("cloudtest.region: " + problem));
        }
        if (given(p.serviceRole()) && !Arn.isRoleNameOrArn(p.serviceRole())) {
            problems.add("cloudtest.serviceRole '" + p.serviceRole() + "' is not a role name or ARN");
        }
        if (!problems.isEmpty()) {
            throw new UserFixableException(
                    problems.size() == 1
                            ? "The iam-policy parameters are not valid: " + problems.get(0) + "."
                            : "The iam-policy parameters are not valid:\n  - " + String.join("\n  - ", problems));
        }
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    @SafeVarargs
    private static String first(
            List<String> placeholders, String placeholder, String parameter, Optional<String>... candidates) {
        for (Optional<String> candidate : candidates) {
            if (candidate.isPresent() && !candidate.get().isBlank()) {
                return candidate.get();
            }
        }
        placeholders.add("Placeholder " + placeholder + " left in the policy: set " + parameter + " to fill it in.");
        return placeholder;
    }
}
