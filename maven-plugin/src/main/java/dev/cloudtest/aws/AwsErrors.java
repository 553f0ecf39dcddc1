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
            String what = "AWS answered " + code + " while " + doing + ": " + message;
            if (PERMISSION_CODES.contains(code)) {
                return new UserFixableException(
                        what + ". Give the caller the permissions `mvn cloudtest:iam-policy`" + " prints.");
            }
            if (CREDENTIAL_CODES.contains(code)) {
                return new EnvironmentException(what + ". Check the AWS credentials (AWS_PROFILE, cloudtest.profile).");
            }
            if (service.isThrottlingException() || service.statusCode() >= 500) {
                return new EnvironmentException(what + " (still failing after the SDK's retries). Try again later.");
            }
            return new UserFixableException(what);
        }
        return new EnvironmentException("Could not reach AWS while " + doing + ": " + e.getMessage(), e);
    }
}
