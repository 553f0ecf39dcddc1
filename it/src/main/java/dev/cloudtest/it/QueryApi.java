package dev.cloudtest.it;

import java.util.Map;

/** An awsQuery service: form-encoded {@code Action=<Operation>&Version=...} requests, XML answers. */
interface QueryApi {
    String service();

    /** The XML namespace of answers, e.g. {@code http://cloudformation.amazonaws.com/doc/2010-05-15/}. */
    String xmlNamespace();

    String resourceOf(String action, Map<String, String> params);

    /** The XML answer body of one call in the given dialect; called with the state lock held. */
    String handle(String action, Map<String, String> params, String region, Dialect dialect);
}
