package dev.cloudtest.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.retry.RetryUtils;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * The SDK's standard retries (throttling with backoff, 5xx, broken connections, clock skew), except for an answer
 * that says the endpoint lacks the operation — HTTP 501, or HTTP 500 without an AWS error code (moto's HTML page):
 * asking again cannot help, and eight attempts only delay the clear message.
 */
final class AwsRetries {
    private static final Set<Integer> TRANSIENT_STATUS = Set.of(500, 502, 503, 504);

    private AwsRetries() {}

    static RetryStrategy strategy(int maxAttempts) {
        return DefaultRetryStrategy.standardStrategyBuilder()
                .maxAttempts(maxAttempts)
                // Without this the client adds its own conditions, which retry the 500 we refuse to.
                .useClientDefaults(false)
                .retryOnException(AwsRetries::retryable)
                .treatAsThrottling(t -> t instanceof SdkException e && RetryUtils.isThrottlingException(e))
                .build();
    }

    static boolean retryable(Throwable t) {
        if (!(t instanceof SdkException e) || notImplemented(e)) {
            return false;
        }
        if (e.retryable()
                || RetryUtils.isRetryableException(e)
                || RetryUtils.isThrottlingException(e)
                || RetryUtils.isClockSkewException(e)) {
            return true;
        }
        if (e instanceof AwsServiceException service) {
            return TRANSIENT_STATUS.contains(service.statusCode());
        }
        return e instanceof SdkClientException
                && (e.getCause() instanceof IOException || e.getCause() instanceof UncheckedIOException);
    }

    /** HTTP 501, or HTTP 500 that names no AWS error: the endpoint does not implement the operation. */
    static boolean notImplemented(SdkException e) {
        if (!(e instanceof AwsServiceException service)) {
            return false;
        }
        boolean noCode = service.awsErrorDetails() == null
                || service.awsErrorDetails().errorCode() == null
                || service.awsErrorDetails().errorCode().isBlank();
        return service.statusCode() == 501 || (service.statusCode() == 500 && noCode);
    }
}
