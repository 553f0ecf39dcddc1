package dev.cloudtest.aws;

import dev.cloudtest.core.EnvironmentException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Lets a call send and receive the raw JSON body, while the SDK still does signing, retries, endpoints and
 * error parsing. The SDK's model drops fields newer than it; pipeline declarations must travel untouched, so
 * the pipeline store reads GetPipeline's raw answer and sends UpdatePipeline the raw declaration. Calls
 * without the {@link #EXCHANGE} attribute are not affected.
 */
final class RawJsonBodies implements ExecutionInterceptor {
    /** Put on a request's override configuration to take part. */
    static final ExecutionAttribute<Exchange> EXCHANGE = new ExecutionAttribute<>("cloudtest.rawJsonExchange");

    /** Bigger answers are refused rather than buffered (a declaration is far smaller). */
    static final int MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

    /** The body to send instead of the SDK's (or null), and the body received. */
    static final class Exchange {
        private final byte[] requestBody;
        private final UnaryOperator<byte[]> forSdk;
        private volatile byte[] responseBody;

        /**
         * @param requestBody sent instead of the SDK's body; null to keep the SDK's
         * @param forSdk what the SDK gets to unmarshal, made from the raw answer
         */
        Exchange(byte[] requestBody, UnaryOperator<byte[]> forSdk) {
            this.requestBody = requestBody;
            this.forSdk = forSdk;
        }

        byte[] responseBody() {
            if (responseBody == null) {
                throw new EnvironmentException("The AWS answer had no body.");
            }
            return responseBody;
        }
    }

    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        Exchange exchange = attributes.getAttribute(EXCHANGE);
        if (exchange == null || exchange.requestBody == null) {
            return context.httpRequest();
        }
        return context.httpRequest().toBuilder()
                .putHeader("Content-Length", Integer.toString(exchange.requestBody.length))
                .build();
    }

    @Override
    public Optional<RequestBody> modifyHttpContent(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        Exchange exchange = attributes.getAttribute(EXCHANGE);
        if (exchange == null || exchange.requestBody == null) {
            return context.requestBody();
        }
        return Optional.of(RequestBody.fromBytes(exchange.requestBody));
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(
            Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        Exchange exchange = attributes.getAttribute(EXCHANGE);
        if (exchange == null
                || context.responseBody().isEmpty()
                || !context.httpResponse().isSuccessful()) {
            return context.responseBody();
        }
        try (InputStream in = context.responseBody().get()) {
            byte[] bytes = in.readNBytes(MAX_RESPONSE_BYTES + 1);
            if (bytes.length > MAX_RESPONSE_BYTES) {
                throw new EnvironmentException("The AWS answer is larger than " + MAX_RESPONSE_BYTES + " bytes.");
            }
            exchange.responseBody = bytes;
            return Optional.of(new ByteArrayInputStream(exchange.forSdk.apply(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
