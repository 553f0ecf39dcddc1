package dev.cloudtest.hostile;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** iam-policy and add-stage with hostile values: no wildcard reaches a policy; odd pipelines get clear words. */
class HostilePipelineParametersTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "cloudtest.region|*|cloudtest.region: the AWS region '*' may contain only a region code",
                "cloudtest.region|us-east-1*|cloudtest.region: the AWS region 'us-east-1*'",
                "cloudtest.region|us-east-1:123|cloudtest.region: the AWS region 'us-east-1:123'",
                "cloudtest.stackName|*|cloudtest.stackName: the CloudFormation stack name '*' may contain only",
                "cloudtest.stackName|shop/*|cloudtest.stackName: the CloudFormation stack name 'shop/*'"
            })
    void iamPolicyRefusesWildcardsAndMalformedValues(String property, String value, String expected) {
        Sandbox sandbox = Sandbox.in(tmp);
        Goal.named("iam-policy", sandbox).property(property, value).run().assertRefused(expected);
        sandbox.assertNothingWritten();
    }

    @Test
    void stagesWithoutNamesAreListedAsSuch() {
        Sandbox sandbox = Sandbox.in(tmp);
        Path pipeline = sandbox.file("pipeline.json", Pipelines.namelessStages());
        Outcome outcome = Goal.named("add-stage", sandbox)
                .property("cloudtest.pipelineFile", pipeline.toString())
                .run();
        outcome.assertRefused("(stage 1, which has no name), (stage 2, which has no name)");
        sandbox.assertUntouched(pipeline);
    }
}
