package dev.cloudtest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.codebuild.model.CodeBuildException;
import software.amazon.awssdk.services.codepipeline.model.CodePipelineException;

/** The localstack dialects: LocalStack's 501 InternalFailure for what its coverage pages mark missing. */
class LocalStackDialectTest {
    @RegisterExtension
    static final LocalAwsTestSupport aws = new LocalAwsTestSupport();

    @Test
    void reportOperationsAreMissingAndNotRetried() {
        aws.control.dialect("ls-reports-failsafe", "localstack");
        String reportArn = "arn:aws:codebuild:us-east-1:123456789012:report/ls-reports-failsafe:1";

        assertThatThrownBy(() -> aws.codeBuild.describeTestCases(b -> b.reportArn(reportArn)))
                .isInstanceOfSatisfying(CodeBuildException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(501);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InternalFailure");
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("The API action 'DescribeTestCases' for service 'codebuild' is either not"
                                    + " available in your current license plan or has not yet been emulated by"
                                    + " LocalStack. Please refer to"
                                    + " https://docs.localstack.cloud/references/coverage/coverage_codebuild for more"
                                    + " information.");
                });
        assertThat(aws.control.count("ls-reports-failsafe", "DescribeTestCases"))
                .isEqualTo(1);
    }

    @Test
    void pipelinesAnswerAsAwsUnderTheUltimatePlan() {
        aws.seedClassic("ls-pipeline", "localstack");

        assertThat(aws.created("ls-pipeline")).isNotNull();
    }

    @Test
    void withoutTheUltimatePlanCodePipelineIsMissingAltogether() {
        aws.seedClassic("ls-base", "localstack-base");

        assertThatThrownBy(() -> aws.codePipeline.getPipeline(b -> b.name("ls-base")))
                .isInstanceOfSatisfying(CodePipelineException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(501);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InternalFailure");
                })
                .hasMessageContaining("The API for service 'codepipeline' is either not included in your current"
                        + " license plan or has not yet been emulated by LocalStack.");
    }
}
