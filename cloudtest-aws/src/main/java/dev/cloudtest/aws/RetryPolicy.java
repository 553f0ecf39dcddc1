package dev.cloudtest.aws;

import java.util.function.Predicate;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.retry.RetryPolicyContext;
import software.amazon.awssdk.core.retry.RetryUtils;
import software.amazon.awssdk.core.retry.conditions.RetryCondition;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * The SDK's standard retries (throttling, 5xx, I/O errors, with back-off), except for an answer that says the
 * endpoint lacks the operation: HTTP 500 or 501 without an AWS error code (an emulator's "not implemented" page).
 * Asking again cannot change that answer; it only delays the clear message by the whole back-off.
 */
final class RetryPolicy {
    private static final RetryCondition SDK_DEFAULT = RetryCondition.defaultRetryCondition();

    private RetryPolicy() {}

    static RetryStrategy standard(int maxAttempts) {
        return DefaultRetryStrategy.standardStrategyBuilder()
                .maxAttempts(maxAttempts)
                // Our condition replaces the SDK's; with client defaults on, the SDK would OR its own back in.
                .useClientDefaults(false)
                .retryOnException(retryable())
                .treatAsThrottling(t -> t instanceof SdkException e && RetryUtils.isThrottlingException(e))
                .build();
    }

    static Predicate<Throwable> retryable() {
        return t -> t instanceof SdkException e && !missingOperation(e) && SDK_DEFAULT.shouldRetry(context(e));
    }

    /** HTTP 500/501 with no AWS error code: what moto and similar emulators answer for an operation they lack. */
    static boolean missingOperation(SdkException e) {
        if (!(e instanceof AwsServiceException service)) {
            return false;
        }
        String code = service.awsErrorDetails() == null
                ? null
                : service.awsErrorDetails().errorCode();
        return (service.statusCode() == 500 || service.statusCode() == 501) && (code == null || code.isBlank());
    }

    private static RetryPolicyContext context(SdkException e) {
        RetryPolicyContext.Builder context = RetryPolicyContext.builder().exception(e);
        if (e instanceof AwsServiceException service) {
            context.httpStatusCode(service.statusCode());
        }
        return context.build();
    }
}
