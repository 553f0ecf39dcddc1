package dev.cloudtest.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudtest.core.EnvironmentException;
import dev.cloudtest.core.UserFixableException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.codebuild.model.CodeBuildException;

class AwsErrorsTest {
    @Test
    void anAnswerWithoutErrorCodeIsNamedAsSuchNotANullPointer() {
        // moto's answer for an operation it lacks (it/LOCAL-AWS.md, "Dialects").
        CodeBuildException bare = bare500();

        RuntimeException translated = AwsErrors.translate(bare, "updating CodeBuild project 'it'");

        assertThat(translated)
                .isInstanceOf(EnvironmentException.class)
                .hasMessageStartingWith("The endpoint answered HTTP 500 without an AWS error while updating CodeBuild"
                        + " project 'it' (after the SDK's retries).")
                .hasMessageContaining("may not implement this operation");
    }

    @Test
    void runGatewaysSayTheSameForAnAnswerWithoutErrorCode() {
        CodeBuildException bare = bare500();

        assertThat(AwsFailures.wrap("CodeBuild DescribeTestCases", bare))
                .hasMessageStartingWith("The endpoint answered HTTP 500 without an AWS error while calling CodeBuild"
                        + " DescribeTestCases (after the SDK's retries).")
                .message()
                .doesNotContain("check the credentials");
    }

    @Test
    void http501IsNotImplementedNotTryAgainLater() {
        // LocalStack's answer for an operation its plan lacks (localstack/localstack#12547).
        CodeBuildException missing = (CodeBuildException) CodeBuildException.builder()
                .statusCode(501)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("InternalFailure")
                        .errorMessage("The API action 'DescribeTestCases' for service 'codebuild' is either not"
                                + " available in your current license plan or has not yet been emulated by LocalStack.")
                        .build())
                .build();

        assertThat(AwsErrors.translate(missing, "reading test cases"))
                .isInstanceOf(EnvironmentException.class)
                .hasMessageContaining("AWS answered InternalFailure while reading test cases: The API action"
                        + " 'DescribeTestCases'")
                .hasMessageEndingWith("(HTTP 501: the endpoint does not implement this operation; use real AWS or an"
                        + " emulator that has it for this step).")
                .message()
                .doesNotContain("Try again later");
        assertThat(AwsFailures.wrap("CodeBuild DescribeTestCases", missing))
                .hasMessageStartingWith("CodeBuild DescribeTestCases failed: InternalFailure: The API action")
                .message()
                .doesNotContain("check the credentials");
    }

    @Test
    void anAnswerWithAnErrorCodeKeepsIt() {
        CodeBuildException invalid = (CodeBuildException) CodeBuildException.builder()
                .statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("InvalidInputException")
                        .errorMessage("Project source location is required")
                        .build())
                .build();

        assertThat(AwsErrors.translate(invalid, "creating CodeBuild project 'it'"))
                .isInstanceOf(UserFixableException.class)
                .hasMessage("AWS answered InvalidInputException while creating CodeBuild project 'it': Project source"
                        + " location is required");
    }

    /** What the SDK raises for moto's HTML 500 page: a status and no error code or message. */
    private static CodeBuildException bare500() {
        return (CodeBuildException) CodeBuildException.builder()
                .statusCode(500)
                .awsErrorDetails(AwsErrorDetails.builder().build())
                .build();
    }
}
