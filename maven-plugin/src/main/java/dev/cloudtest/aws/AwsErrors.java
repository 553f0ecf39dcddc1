package dev.cloudtest.aws;

import dev.cloudtest.core.EnvironmentException;
import dev.cloudtest.core.UserFixableException;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns SDK exceptions into the plugin's two kinds: what the user can fix (permissions, rejected input) and
 * trouble in the environment (network, credentials, throttling past the retries).
 */
final class AwsErrors {
    private static final Set<String> PERMISSION_CODES =
            Set.of("AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "AuthorizationError");
    private static final Set<String> CREDENTIAL_CODES = Set.of(
            "UnrecognizedClientException",
            "InvalidClientTokenId",
            "ExpiredToken",
            "ExpiredTokenException",
            "InvalidSignatureException",
            "SignatureDoesNotMatch");

    private AwsErrors() {}

    /** {@code doing} says what was attempted, e.g. "reading pipeline 'demo'". */
    static RuntimeException translate(SdkException e, String doing) {
        if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            String code = service.awsErrorDetails().errorCode();
            String message = service.awsErrorDetails().errorMessage();
            if (code == null) {
                return withoutErrorCode(service, doing);
            }
            String what = "AWS answered " + code + " while " + doing + ": " + message;
            if (PERMISSION_CODES.contains(code)) {
                return new UserFixableException(
                        what + ". Give the caller the permissions `mvn cloudtest:iam-policy`" + " prints.");
            }
            if (CREDENTIAL_CODES.contains(code)) {
                return new EnvironmentException(what + ". Check the AWS credentials (AWS_PROFILE, cloudtest.profile).");
            }
            if (service.statusCode() == 501) {
                return notImplemented(what);
            }
            if (service.isThrottlingException() || service.statusCode() >= 500) {
                return new EnvironmentException(what + " (still failing after the SDK's retries). Try again later.");
            }
            return new UserFixableException(what);
        }
        return new EnvironmentException("Could not reach AWS while " + doing + ": " + e.getMessage(), e);
    }

    /** HTTP 501 is not retried and will not pass: LocalStack's answer for what its plan or emulation lacks. */
    static EnvironmentException notImplemented(String what) {
        return new EnvironmentException(
                what + " (HTTP 501: the endpoint does not implement this operation; use real AWS or an emulator"
                        + " that has it for this step).");
    }

    /**
     * An answer that is no AWS error at all (no error code): what an emulator sends for an operation it lacks
     * (moto: a bare HTML page with HTTP 500, retried by the SDK to no avail).
     */
    static EnvironmentException withoutErrorCode(AwsServiceException e, String doing) {
        return new EnvironmentException("The endpoint answered HTTP " + e.statusCode() + " without an AWS error"
                + " while " + doing + " (after the SDK's retries). If it is an emulator, it may not implement this"
                + " operation (moto lacks UpdateProject, the report APIs and pipeline executions); use a newer"
                + " emulator or real AWS for this step.");
    }
}
