package dev.cloudtest.aws;

import dev.cloudtest.core.EnvironmentException;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** Turns SDK exceptions that no adapter handles into {@link EnvironmentException}s that name the call. */
final class AwsFailures {
    private AwsFailures() {}

    static <T> T call(String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw wrap(operation, e);
        }
    }

    static EnvironmentException wrap(String operation, SdkException e) {
        if (e instanceof AwsServiceException service) {
            if (service.awsErrorDetails() == null || service.awsErrorDetails().errorCode() == null) {
                return AwsErrors.withoutErrorCode(service, "calling " + operation);
            }
            if (service.statusCode() == 501) {
                return AwsErrors.notImplemented(operation + " failed: " + errorCode(service) + ": " + message(service));
            }
            return new EnvironmentException(
                    operation + " failed: " + errorCode(service) + ": " + message(service)
                            + " (check the credentials, the region and the caller's IAM permissions)",
                    e);
        }
        return new EnvironmentException(operation + " failed: " + e.getMessage(), e);
    }

    static String message(AwsServiceException e) {
        return e.awsErrorDetails() == null || e.awsErrorDetails().errorMessage() == null
                ? e.getMessage()
                : e.awsErrorDetails().errorMessage();
    }

    static String errorCode(AwsServiceException e) {
        return e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null
                ? "HTTP " + e.statusCode()
                : e.awsErrorDetails().errorCode();
    }
}
