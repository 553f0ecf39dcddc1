package dev.cloudtest.maven;

import dev.cloudtest.aws.AwsClients;
import dev.cloudtest.aws.AwsSettings;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters every goal that calls AWS shares: where to call and as whom. */
abstract class AbstractAwsMojo extends AbstractCloudtestMojo {

    /**
     * AWS region, e.g. {@code eu-west-1}; default: the SDK chain ({@code AWS_REGION}, the profile). iam-policy, which
     * calls no AWS API, takes the region in {@code cloudtest.pipelineFile} first.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.region")
    protected String region;

    /**
     * Named profile from {@code ~/.aws/config}; default: the SDK chain ({@code AWS_PROFILE}, {@code default}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.profile")
    protected String profile;

    /**
     * Endpoint for every AWS service (LocalStack, moto, a local endpoint), e.g. {@code http://localhost:4566};
     * {@code AWS_ENDPOINT_URL} is honoured too.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.endpoint")
    protected String endpoint;

    /** Clients for this execution; the caller closes them. */
    protected final AwsClients openAws() {
        AwsClients clients = AwsClients.open(AwsSettings.of(region, profile, endpoint));
        announceAwsTarget(clients.describeTarget());
        return clients;
    }

    /** Says which account and endpoint this goal calls; debug level unless a goal says otherwise. */
    protected void announceAwsTarget(String target) {
        getLog().debug("Calling AWS in " + target);
    }
}
