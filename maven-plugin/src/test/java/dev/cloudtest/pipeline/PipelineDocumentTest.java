package dev.cloudtest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PipelineDocumentTest {
    @Test
    void theAccountComesFromARoleOrPipelineArn() {
        assertThat(PipelineDocument.accountOf("arn:aws:iam::123456789012:role/codebuild-it"))
                .hasValue("123456789012");
        assertThat(PipelineDocument.accountOf(" arn:aws-cn:codepipeline:cn-north-1:210987654321:lab "))
                .hasValue("210987654321");
    }

    @Test
    void aRoleNameOrAMalformedArnHasNoAccount() {
        assertThat(PipelineDocument.accountOf("codebuild-it")).isEmpty();
        assertThat(PipelineDocument.accountOf("arn:aws:iam::12345:role/x")).isEmpty();
        assertThat(PipelineDocument.accountOf("arn:aws:s3:::bucket")).isEmpty();
        assertThat(PipelineDocument.accountOf(null)).isEmpty();
    }
}
