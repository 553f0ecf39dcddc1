package dev.cloudtest.hostile;

/** Saved get-pipeline outputs, written by the tests (no committed fixture files). */
final class Pipelines {
    private Pipelines() {}

    /** Source and Deploy stages, as {@code aws codepipeline get-pipeline} prints them. */
    static String classic() {
        return withStages(stage("Source", "SourceArtifact") + "," + stage("Deploy", null));
    }

    /** Three stages without names. */
    static String namelessStages() {
        return withStages(stage("", "SourceArtifact") + "," + stage("", null) + "," + stage("", null));
    }

    private static String withStages(String stages) {
        return """
                {"pipeline": {"name": "shop", "roleArn": "arn:aws:iam::123456789012:role/pipeline-role",
                  "artifactStore": {"type": "S3", "location": "shop-artifacts"},
                  "stages": [%s], "version": 1},
                 "metadata": {"pipelineArn": "arn:aws:codepipeline:eu-west-1:123456789012:shop"}}
                """
                .formatted(stages);
    }

    private static String stage(String name, String output) {
        String outputs = output == null ? "[]" : "[{\"name\": \"" + output + "\"}]";
        return """
                {"name": "%s", "actions": [{"name": "%s", "actionTypeId": {"category": "%s", "owner": "AWS",
                  "provider": "%s", "version": "1"}, "runOrder": 1, "configuration": {},
                  "outputArtifacts": %s, "inputArtifacts": %s}]}
                """
                .formatted(
                        name,
                        name.isEmpty() ? "Act" : name + "Action",
                        output == null ? "Deploy" : "Source",
                        output == null ? "CloudFormation" : "S3",
                        outputs,
                        output == null ? "[{\"name\": \"SourceArtifact\"}]" : "[]");
    }
}
