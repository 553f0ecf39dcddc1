package dev.cloudtest.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudtest.core.EnvironmentException;
import dev.cloudtest.core.UserFixableException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

class AwsErrorsTest {

    private static AwsServiceException service(int status, String code, String message, String requestId) {
        return AwsServiceException.builder()
                .statusCode(status)
                .requestId(requestId)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode(code)
                        .errorMessage(message)
                        .build())
                .build();
    }

    private static RuntimeException translate(String operation, SdkException e) {
        return AwsErrors.translate(operation, e);
    }

    @Test
    void theSdkExceptionIsKeptForTheDebugLogButNotAsTheCauseMavenWouldAppend() {
        AwsServiceException sdk = service(400, "PipelineNotFoundException", "no pipeline demo", "r-1");
        ConnectException refused = new ConnectException("Connection refused");
        SdkClientException client = SdkClientException.builder()
                .message("Unable to execute HTTP request")
                .cause(refused)
                .build();

        assertThat(translate("CodePipeline GetPipeline", sdk).getCause()).isNull();
        assertThat(translate("CodePipeline GetPipeline", sdk).getSuppressed()).containsExactly(sdk);
        assertThat(translate("CodePipeline GetPipeline", client).getSuppressed())
                .containsExactly(client);
    }

    // User-fixable

    @Test
    void aMissingPipelineNamesTheCallTheResourceAndWhereToLook() {
        RuntimeException e = AwsErrors.translate(
                "CodePipeline GetPipeline",
                "reading pipeline 'demo'",
                service(400, "PipelineNotFoundException", "Account does not have a pipeline with name demo", "r-1"));

        assertThat(e)
                .isInstanceOf(UserFixableException.class)
                .hasMessageStartingWith("AWS answered PipelineNotFoundException while reading pipeline 'demo':"
                        + " Account does not have a pipeline with name demo (request id r-1).")
                .hasMessageContaining("the AWS region");
    }

    @Test
    void missingProjectsStacksAndExecutionsAreUserFixable() {
        assertThat(translate(
                        "CodeBuild UpdateProject",
                        service(400, "ResourceNotFoundException", "Project cannot be found: arn:p", null)))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("Project cannot be found: arn:p");
        assertThat(translate(
                        "CloudFormation ListStackResources",
                        service(400, "ValidationError", "Stack with id orders does not exist", "r-2")))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("Stack with id orders does not exist (request id r-2)")
                .hasMessageContaining("Check the name");
        assertThat(translate(
                        "CodePipeline GetPipelineExecution",
                        service(400, "PipelineExecutionNotFoundException", "no execution e1", null)))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("no execution e1");
    }

    @Test
    void aMissingStackIsRecognisedOnlyFromTheValidationErrorSayingSo() {
        assertThat(AwsErrors.isMissingStack(service(400, "ValidationError", "Stack with id x does not exist", null)))
                .isTrue();
        assertThat(AwsErrors.isMissingStack(service(400, "ValidationError", "Template format error", null)))
                .isFalse();
        assertThat(AwsErrors.isMissingStack(SdkClientException.create("Stack does not exist")))
                .isFalse();
    }

    @Test
    void aValidationErrorShowsTheServicesMessage() {
        assertThat(translate(
                        "CodePipeline UpdatePipeline",
                        service(400, "InvalidStructureException", "Pipeline has only 1 stage(s)", "r-3")))
                .isInstanceOf(UserFixableException.class)
                .hasMessageStartingWith("AWS answered InvalidStructureException while calling CodePipeline"
                        + " UpdatePipeline: Pipeline has only 1 stage(s) (request id r-3).");
        assertThat(translate(
                        "CodeBuild CreateProject",
                        service(400, "InvalidInputException", "Invalid compute type provided: HUGE", null)))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("Invalid compute type provided: HUGE");
    }

    @Test
    void accessDeniedNamesTheMissingActionAndPointsToTheIamPolicyGoal() {
        RuntimeException e = translate(
                "CodePipeline UpdatePipeline",
                service(
                        400,
                        "AccessDeniedException",
                        "User: arn:aws:iam::123456789012:user/ci is not authorized to perform:"
                                + " codepipeline:UpdatePipeline on resource: arn:aws:codepipeline:us-east-1:123456789012:demo",
                        "r-4"));

        assertThat(e)
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("lacks the IAM permission codepipeline:UpdatePipeline.")
                .hasMessageContaining("mvn cloudtest:iam-policy")
                .hasMessageContaining("(request id r-4)");
    }

    @Test
    void accessDeniedWithoutAnActionInTheMessageGuessesItFromTheCall() {
        assertThat(translate("CloudFormation DescribeStacks", service(403, "AccessDenied", "not allowed", null)))
                .isInstanceOf(UserFixableException.class)
                .hasMessageContaining("most likely cloudformation:DescribeStacks")
                .hasMessageContaining("mvn cloudtest:iam-policy");
    }

    @Test
    void anEndpointThatDoesNotResolvePointsToRegionAndEndpoint() {
        SdkClientException e = SdkClientException.builder()
                .message("Unable to execute HTTP request: codepipeline.us-esat-1.amazonaws.com")
                .cause(new UnknownHostException("codepipeline.us-esat-1.amazonaws.com"))
                .build();

        assertThat(translate("CodePipeline GetPipeline", e))
                .isInstanceOf(UserFixableException.class)
                .hasMessageStartingWith("The endpoint host codepipeline.us-esat-1.amazonaws.com does not resolve"
                        + " while calling CodePipeline GetPipeline.")
                .hasMessageContaining("the AWS region")
                .hasMessageContaining("the endpoint override");
    }

    // Environment

    @Test
    void missingCredentialsSayHowToProvideThem() {
        SdkClientException e = SdkClientException.create("Unable to load credentials from any of the providers in"
                + " the chain AwsCredentialsProviderChain(credentialsProviders=[...])");

        assertThat(translate("CodePipeline GetPipeline", e))
                .isInstanceOf(EnvironmentException.class)
                .hasMessageContaining("Unable to load credentials")
                .hasMessageContaining("AWS_PROFILE")
                .hasMessageContaining("the AWS profile")
                .hasMessageContaining("aws sso login");
    }

    @Test
    void expiredOrRejectedCredentialsAreTheEnvironmentsAndNeverShowSecrets() {
        assertThat(translate(
                        "CodeBuild BatchGetProjects",
                        service(
                                400,
                                "ExpiredTokenException",
                                "The security token included in the request is expired",
                                "r-5")))
                .isInstanceOf(EnvironmentException.class)
                .hasMessageContaining("aws sso login")
                .hasMessageContaining("(request id r-5)");

        RuntimeException signature = translate(
                "CloudFormation DescribeStacks",
                service(
                        403,
                        "SignatureDoesNotMatch",
                        "The request signature we calculated does not match the signature you provided (key"
                                + " AKIAIOSFODNN7EXAMPLE).\n\nThe Canonical String for this request should have been\n"
                                + "'POST\n/\n\nx-amz-security-token:FQoGZXIvYXdzEXAMPLESESSIONTOKEN\n'",
                        null));
        assertThat(signature)
                .isInstanceOf(EnvironmentException.class)
                .hasMessageContaining("AWS_PROFILE")
                .hasMessageNotContaining("FQoGZXIvYXdzEXAMPLESESSIONTOKEN")
                .hasMessageNotContaining("AKIAIOSFODNN7EXAMPLE")
                .hasMessageContaining("(key AKIA…)");
    }

    @Test
    void networkFailuresAndTimeoutsAreTheEnvironments() {
        SdkClientException refused = SdkClientException.builder()
                .message("Unable to execute HTTP request: Connection refused")
                .cause(new ConnectException("Connection refused"))
                .build();
        assertThat(translate("CodeBuild BatchGetBuilds", refused))
                .isInstanceOf(EnvironmentException.class)
                .hasMessageStartingWith("Could not connect to AWS while calling CodeBuild BatchGetBuilds")
                .hasMessageContaining("Connection refused");

        assertThat(translate("CodeBuild BatchGetBuilds", ApiCallTimeoutException.create(3000L)))
                .isInstanceOf(EnvironmentException.class)
                .hasMessageStartingWith("Timed out while calling CodeBuild BatchGetBuilds");
    }

    @Test
    void throttlingAndServerErrorsPastTheRetriesAreTheEnvironments() {
        assertThat(translate("CodePipeline GetPipeline", service(400, "ThrottlingException", "Rate exceeded", "r-6")))
                .isInstanceOf(EnvironmentException.class)
                .hasMessageContaining("AWS answered ThrottlingException while calling CodePipeline GetPipeline: Rate"
                        + " exceeded (request id r-6).")
                .hasMessageContaining("after the SDK's retries");
        assertThat(translate("CloudFormation ListExports", service(400, "Throttling", "Rate exceeded", null)))
                .isInstanceOf(EnvironmentException.class);
        assertThat(translate("CodeBuild BatchGetReports", service(503, "ServiceUnavailable", "try later", "r-7")))
                .isInstanceOf(EnvironmentException.class)
                .hasMessageContaining("HTTP 503")
                .hasMessageContaining("try again later");
    }

    @Test
    void aBare500IsAnEmulatorLackingTheOperation() {
        AwsServiceException motoPage =
                AwsServiceException.builder().statusCode(500).build();

        assertThat(translate("CodeBuild UpdateProject", motoPage))
                .isInstanceOf(EnvironmentException.class)
                .hasMessage("The endpoint answered HTTP 500 without an AWS error while calling CodeBuild UpdateProject"
                        + ". If it is an emulator, it may not"
                        + " implement this operation (CodeBuild UpdateProject; moto lacks UpdateProject, the report APIs"
                        + " and pipeline executions); use a newer emulator or real AWS for this step.");
        assertThat(translate(
                        "CodePipeline StartPipelineExecution",
                        service(501, "InternalFailure", "API action not yet implemented", null)))
                .isInstanceOf(EnvironmentException.class)
                .hasMessageContaining("the endpoint does not implement this operation")
                .hasMessageContaining("The operation it lacks: CodePipeline StartPipelineExecution.");
        // A proxy's bare 502 is not an emulator lacking the call.
        assertThat(translate(
                        "CodeBuild BatchGetBuilds",
                        AwsServiceException.builder().statusCode(502).build()))
                .isInstanceOf(EnvironmentException.class)
                .hasMessageStartingWith("The endpoint answered HTTP 502 without an AWS error while calling CodeBuild"
                        + " BatchGetBuilds")
                .hasMessageContaining("Try again later")
                .hasMessageNotContaining("not implement");
    }

    @Test
    void localStacks501IsNotImplementedNotTryAgainLater() {
        // LocalStack's answer for an operation its plan lacks (localstack/localstack#12547).
        RuntimeException e = AwsErrors.translate(
                "CodeBuild DescribeTestCases",
                "reading test cases",
                service(
                        501,
                        "InternalFailure",
                        "The API action 'DescribeTestCases' for service 'codebuild' is either not available in your"
                                + " current license plan or has not yet been emulated by LocalStack.",
                        null));

        assertThat(e)
                .isInstanceOf(EnvironmentException.class)
                .hasMessage("AWS answered InternalFailure while reading test cases: The API action 'DescribeTestCases'"
                        + " for service 'codebuild' is either not available in your current license plan or has not yet"
                        + " been emulated by LocalStack. (HTTP 501: the endpoint does not implement this operation; use"
                        + " real AWS or an emulator that has it for this step). The operation it lacks: CodeBuild"
                        + " DescribeTestCases.");
    }

    @Test
    void messagesAreOneLineWithoutTheSdkExceptionAsCause() {
        AwsServiceException cause = service(400, "InvalidInputException", "line one\nline two", "r-8");
        RuntimeException e = translate("CodeBuild CreateProject", cause);

        assertThat(e.getMessage()).doesNotContain("\n").contains("line one line two");
        // Maven appends a cause's message to the error line; the SDK's would repeat the service's message.
        assertThat(e.getCause()).isNull();
    }

    @Test
    void aSummaryForWarningsHasCodeMessageAndRequestId() {
        assertThat(AwsErrors.summary(service(403, "AccessDenied", "no", "r-9")))
                .isEqualTo("AccessDenied: no (request id r-9)");
        assertThat(AwsErrors.summary(SdkClientException.create("boom"))).isEqualTo("boom");
    }
}
