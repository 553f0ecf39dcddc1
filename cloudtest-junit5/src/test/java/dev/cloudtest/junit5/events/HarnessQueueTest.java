package dev.cloudtest.junit5.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class HarnessQueueTest {
    private final HarnessQueue queue = new HarnessQueue(
            "http://127.0.0.1/123456789012/cloudtest-h-1", "arn:aws:sqs:us-east-1:123456789012:cloudtest-h-1");

    @Test
    void thePolicyAdmitsOnlyTheServiceFromTheSourcesGiven() throws Exception {
        JsonNode policy =
                new ObjectMapper().readTree(queue.policy("events.amazonaws.com", List.of("arn:rule-1", "arn:rule-2")));

        JsonNode statement = policy.path("Statement").get(0);
        assertThat(policy.path("Statement")).hasSize(1);
        assertThat(statement.path("Effect").asText()).isEqualTo("Allow");
        assertThat(statement.path("Principal").path("Service").asText()).isEqualTo("events.amazonaws.com");
        assertThat(statement.path("Action").asText()).isEqualTo("sqs:SendMessage");
        assertThat(statement.path("Resource").asText()).isEqualTo(queue.arn());
        assertThat(statement.path("Condition").path("ArnEquals").path("aws:SourceArn"))
                .extracting(JsonNode::asText)
                .containsExactly("arn:rule-1", "arn:rule-2");
    }

    @Test
    void aSourceArnWithQuotesStaysOneValueAndCannotWidenThePolicy() throws Exception {
        String hostile = "arn:aws:sns:us-east-1:1:t\"}},\"Principal\":\"*";

        JsonNode policy = new ObjectMapper().readTree(queue.policy("sns.amazonaws.com", List.of(hostile)));

        JsonNode statement = policy.path("Statement").get(0);
        assertThat(statement.path("Principal").path("Service").asText()).isEqualTo("sns.amazonaws.com");
        assertThat(statement.path("Condition").path("ArnEquals").path("aws:SourceArn"))
                .extracting(JsonNode::asText)
                .containsExactly(hostile);
    }
}
