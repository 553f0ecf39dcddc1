package dev.cloudtest.junit5.traces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.InterceptorContext;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

class TraceHeaderInterceptorTest {
    @Test
    void everyCallCarriesTheTestsSampledTraceHeader() {
        TraceId id = TraceId.create();
        SdkHttpFullRequest request = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.POST)
                .protocol("https")
                .host("sqs.us-east-1.amazonaws.com")
                .putHeader("X-Amzn-Trace-Id", "Root=1-00000000-000000000000000000000000;Sampled=0")
                .build();
        InterceptorContext context = InterceptorContext.builder()
                .request(SendMessageRequest.builder().build())
                .httpRequest(request)
                .build();

        var sent = new TraceHeaderInterceptor(id).modifyHttpRequest(context, new ExecutionAttributes());

        assertThat(sent.headers().get("X-Amzn-Trace-Id")).containsExactly("Root=" + id.root() + ";Sampled=1");
    }
}
