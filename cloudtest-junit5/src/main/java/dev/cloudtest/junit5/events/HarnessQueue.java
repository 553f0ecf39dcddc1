package dev.cloudtest.junit5.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The temporary queue behind a listener or a topic tap: named and tagged for the {@link HarnessSweeper}, and
 * writable only by the sources it was made for.
 *
 * @param url the queue URL
 * @param arn the queue ARN (what a rule target or a subscription names)
 */
record HarnessQueue(String url, String arn) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Creates the queue {@code cloudtest-h-<harnessId>} with the harness tags. */
    static HarnessQueue create(SqsClient sqs, String harnessId, Instant created) {
        String url = sqs.createQueue(
                        r -> r.queueName(HarnessTags.NAME_PREFIX + harnessId).tags(HarnessTags.of(harnessId, created)))
                .queueUrl();
        try {
            String arn = sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                    .attributes()
                    .get(QueueAttributeName.QUEUE_ARN);
            return new HarnessQueue(url, arn);
        } catch (RuntimeException e) {
            try { // the caller never learns the URL: delete the queue here
                sqs.deleteQueue(r -> r.queueUrl(url));
            } catch (RuntimeException cleanupFailed) {
                e.addSuppressed(cleanupFailed);
            }
            throw e;
        }
    }

    /** Lets {@code service} (e.g. {@code sns.amazonaws.com}) send to the queue, from {@code sourceArns} only. */
    void admitOnly(SqsClient sqs, String service, List<String> sourceArns) {
        sqs.setQueueAttributes(
                r -> r.queueUrl(url).attributes(Map.of(QueueAttributeName.POLICY, policy(service, sourceArns))));
    }

    /** The queue policy, built as JSON (an ARN is data, never policy text). */
    String policy(String service, List<String> sourceArns) {
        ObjectNode statement = JSON.createObjectNode();
        statement.put("Effect", "Allow");
        statement.putObject("Principal").put("Service", service);
        statement.put("Action", "sqs:SendMessage");
        statement.put("Resource", arn);
        var sources = statement.putObject("Condition").putObject("ArnEquals").putArray("aws:SourceArn");
        sourceArns.forEach(sources::add);
        ObjectNode policy = JSON.createObjectNode();
        policy.put("Version", "2012-10-17");
        policy.putArray("Statement").add(statement);
        return policy.toString();
    }
}
