package dev.cloudtest.junit5.traces;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Puts a test's sampled trace header on every call of the SDK clients it is added to, so what the application
 * does in answer is traced under the test's id:
 * {@code SqsClient.builder().overrideConfiguration(o -> o.addExecutionInterceptor(new TraceHeaderInterceptor(id)))}.
 *
 * @since 0.1.0
 */
public final class TraceHeaderInterceptor implements ExecutionInterceptor {
    static final String HEADER = "X-Amzn-Trace-Id";
    private final TraceId traceId;

    public TraceHeaderInterceptor(TraceId traceId) {
        this.traceId = traceId;
    }

    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        return context.httpRequest().toBuilder()
                .putHeader(HEADER, traceId.header())
                .build();
    }
}
