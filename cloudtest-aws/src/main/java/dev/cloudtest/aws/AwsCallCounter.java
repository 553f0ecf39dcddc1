package dev.cloudtest.aws;

import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/** Counts the AWS operations a goal made ({@code CodePipeline.GetPipeline} -> 2), for its result file. */
final class AwsCallCounter implements ExecutionInterceptor {
    private final Map<String, Integer> counts = new TreeMap<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        synchronized (counts) {
            counts.merge(service + "." + operation, 1, Integer::sum);
        }
    }

    Map<String, Integer> snapshot() {
        synchronized (counts) {
            return new TreeMap<>(counts);
        }
    }
}
