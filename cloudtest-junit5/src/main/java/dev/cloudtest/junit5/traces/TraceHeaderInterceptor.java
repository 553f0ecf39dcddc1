package dev.cloudtest.junit5.traces;

import java.util.Optional;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Puts a test's sampled trace header on SDK calls, so what the application does in answer is traced under the
 * test's id. Two ways in:
 *
 * <ul>
 *   <li>{@link TraceId#activate()}: every synchronous SDK v2 call the test's thread makes until it closes,
 *       through any client (the injected ones included). This library registers the no-argument form as an SDK
 *       global interceptor ({@code software/amazon/awssdk/global/handlers/execution.interceptors}); with no trace
 *       active it leaves every request as it is.
 *   <li>{@code new TraceHeaderInterceptor(id)} on a client of your own, for calls made from other threads (async
 *       clients, executors): {@code SqsClient.builder().overrideConfiguration(o ->
 *       o.addExecutionInterceptor(new TraceHeaderInterceptor(id)))}.
 * </ul>
 *
 * @since 0.1.0
 */
public final class TraceHeaderInterceptor implements ExecutionInterceptor {
    static final String HEADER = "X-Amzn-Trace-Id";
    private static final ThreadLocal<TraceId> ACTIVE = new ThreadLocal<>();

    private final TraceId fixed;

    /** The trace active on the calling thread, if any ({@link TraceId#activate()}). */
    public TraceHeaderInterceptor() {
        this.fixed = null;
    }

    /** Always {@code traceId}, whichever thread calls. */
    public TraceHeaderInterceptor(TraceId traceId) {
        this.fixed = java.util.Objects.requireNonNull(traceId, "traceId");
    }

    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        Optional<TraceId> trace = fixed != null ? Optional.of(fixed) : active();
        return trace.map(id -> context.httpRequest().toBuilder()
                        .putHeader(HEADER, id.header())
                        .build())
                .orElse(context.httpRequest());
    }

    /** The trace activated on this thread, if any. */
    public static Optional<TraceId> active() {
        return Optional.ofNullable(ACTIVE.get());
    }

    /** Makes {@code id} the thread's trace; the returned value restores what was active before. */
    static TraceId.Activation activate(TraceId id) {
        TraceId previous = ACTIVE.get();
        ACTIVE.set(id);
        return new TraceId.Activation(id, () -> {
            if (previous == null) {
                ACTIVE.remove();
            } else {
                ACTIVE.set(previous);
            }
        });
    }
}
