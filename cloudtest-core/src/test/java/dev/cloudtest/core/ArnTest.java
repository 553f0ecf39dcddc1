package dev.cloudtest.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArnTest {
    @Test
    void theAccountComesFromARoleOrPipelineArn() {
        assertThat(Arn.parse("arn:aws:iam::123456789012:role/codebuild-it").map(Arn::account))
                .hasValue("123456789012");
        assertThat(Arn.parse(" arn:aws-cn:codepipeline:cn-north-1:210987654321:lab "))
                .hasValue(new Arn("aws-cn", "codepipeline", "cn-north-1", "210987654321", "lab"));
    }

    @Test
    void aRoleNameOrAMalformedArnHasNoAccount() {
        assertThat(Arn.parse("codebuild-it")).isEmpty();
        assertThat(Arn.parse("arn:aws:iam::12345:role/x")).isEmpty();
        assertThat(Arn.parse("arn:aws:s3:::bucket")).isEmpty();
        assertThat(Arn.parse(null)).isEmpty();
    }

    @Test
    void aRoleNameBecomesTheRoleOfThatNameInTheAccountWithOrWithoutALeadingSlash() {
        assertThat(Arn.ofRole("ci/codebuild-it", "aws", "123456789012"))
                .isEqualTo("arn:aws:iam::123456789012:role/ci/codebuild-it");
        assertThat(Arn.ofRole("/ci/codebuild-it", "aws-cn", "123456789012"))
                .isEqualTo("arn:aws-cn:iam::123456789012:role/ci/codebuild-it");
        assertThat(Arn.ofRole(" arn:aws:iam::210987654321:role/x ", "aws", "123456789012"))
                .isEqualTo("arn:aws:iam::210987654321:role/x");
    }

    @Test
    void roleNamesAndRoleArnsAreAcceptedOtherTextIsNot() {
        assertThat(Arn.isRoleNameOrArn("codebuild-it")).isTrue();
        assertThat(Arn.isRoleNameOrArn("arn:aws:iam::123456789012:role/codebuild-it"))
                .isTrue();
        assertThat(Arn.isRoleNameOrArn("code build")).isFalse();
        assertThat(Arn.isRoleNameOrArn("arn:aws:s3:::bucket")).isFalse();
        assertThat(Arn.isRoleNameOrArn("arn:aws:codebuild:eu-west-1:123456789012:project/x"))
                .isFalse();
    }

    @Test
    void anArnReadsBackAsTheSameText() {
        String text = "arn:aws-cn:codebuild:cn-north-1:123456789012:report-group/app-*";
        assertThat(Arn.parse(text).map(Arn::toString)).hasValue(text);
        assertThat(new Arn("aws", "s3", "", "", "artifacts")).hasToString("arn:aws:s3:::artifacts");
    }
}
