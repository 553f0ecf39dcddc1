package dev.cloudtest.it;

import com.fasterxml.jackson.databind.JsonNode;

/** An awsJson 1.1 service: operations are named by {@code X-Amz-Target: <targetPrefix>.<Operation>}. */
interface JsonApi {
    /** The service name used in call logs, e.g. "CodePipeline". */
    String service();

    String targetPrefix();

    /** The resource a call is about (pipeline, project...), used to scope faults and call logs; "" when none. */
    String resourceOf(String operation, JsonNode body);

    /** Answers one call in the given dialect; called with the state lock held. */
    JsonNode handle(String operation, JsonNode body, String region, Dialect dialect);

    static AwsError unknownOperation(String operation) {
        return AwsError.badRequest("UnknownOperationException", "Operation " + operation + " is not supported");
    }
}
