package dev.cloudtest.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** CloudFormation stacks (filled in with the CloudFormation service). */
final class StackStore {
    JsonNode seed(String region, String name, ObjectNode body, long now) {
        throw new IllegalArgumentException("CloudFormation stacks are not supported yet");
    }
}
