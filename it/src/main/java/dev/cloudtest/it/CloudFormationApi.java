package dev.cloudtest.it;

import java.util.Map;

/** CloudFormation (2010-05-15) over awsQuery. */
final class CloudFormationApi implements QueryApi {
    static final String NAMESPACE = "http://cloudformation.amazonaws.com/doc/2010-05-15/";

    private final LocalAwsState state;

    CloudFormationApi(LocalAwsState state) {
        this.state = state;
    }

    @Override
    public String service() {
        return "CloudFormation";
    }

    @Override
    public String xmlNamespace() {
        return NAMESPACE;
    }

    @Override
    public String resourceOf(String action, Map<String, String> params) {
        return params.getOrDefault("StackName", "");
    }

    @Override
    public String handle(String action, Map<String, String> params, String region) {
        throw AwsError.badRequest("InvalidAction", "Could not find operation " + action + " (not supported yet)");
    }
}
