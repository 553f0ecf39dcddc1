package dev.cloudtest.aws;

import dev.cloudtest.core.Setting;
import dev.cloudtest.core.UserFixableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.codebuild.CodeBuildClient;
import software.amazon.awssdk.services.codepipeline.CodePipelineClient;

/**
 * The one place that builds SDK clients: region, profile, endpoint override, retries and call counting are
 * decided here, identically for every service. Clients are created on first use and closed together.
 * Not shared between goal executions (one instance per execution keeps goals thread-safe).
 */
public final class AwsClients implements AutoCloseable {
    private final AwsSettings settings;
    private final Region region;
    private final AwsCallCounter counter = new AwsCallCounter();
    private final EmulatorTimestamps emulatorTimestamps = new EmulatorTimestamps();
    private final List<SdkClient> open = new ArrayList<>();
    private CodePipelineClient codePipeline;
    private CodeBuildClient codeBuild;
    private CloudFormationClient cloudFormation;

    private AwsClients(AwsSettings settings, Region region) {
        this.settings = settings;
        this.region = region;
    }

    /** Resolves the region now, so a missing one fails before any call with a message saying how to set it. */
    public static AwsClients open(AwsSettings settings) {
        return new AwsClients(settings, resolveRegion(settings));
    }

    public Region region() {
        return region;
    }

    /** A one-line description of where calls go, for the log (never credentials). */
    public String describeTarget() {
        String endpoint = settings.endpoint()
                .map(Object::toString)
                .or(() -> env("AWS_ENDPOINT_URL"))
                .orElse("the AWS endpoints");
        return "region " + region.id() + ", " + endpoint
                + settings.profile().map(p -> ", profile " + p).orElse("");
    }

    public synchronized CodePipelineClient codePipeline() {
        if (codePipeline == null) {
            // Only the pipeline store exchanges raw declarations (fields newer than the SDK's model survive).
            codePipeline = configured(CodePipelineClient.builder(), new RawJsonBodies());
        }
        return codePipeline;
    }

    public synchronized CodeBuildClient codeBuild() {
        if (codeBuild == null) {
            codeBuild = client(CodeBuildClient.builder());
        }
        return codeBuild;
    }

    public synchronized CloudFormationClient cloudFormation() {
        if (cloudFormation == null) {
            cloudFormation = client(CloudFormationClient.builder());
        }
        return cloudFormation;
    }

    /**
     * Builds a client of any AWS service with these settings (region, credentials, endpoint override, retries,
     * call counting, emulator adaptations), closed by {@link #close()}: {@code aws.client(SqsClient.builder())}.
     * Each call builds a new client; keep it for reuse.
     */
    public synchronized <C extends SdkClient, B extends AwsSyncClientBuilder<B, C> & AwsClientBuilder<B, C>> C client(
            B builder) {
        return configured(builder);
    }

    private <C extends SdkClient, B extends AwsSyncClientBuilder<B, C> & AwsClientBuilder<B, C>> C configured(
            B builder, ExecutionInterceptor... ownInterceptors) {
        configure(builder, builder, List.of(ownInterceptors));
        return track(builder.build());
    }

    /**
     * The same for a client interface, through its static {@code builder()}: {@code aws.client(SqsClient.class)}.
     *
     * @throws IllegalArgumentException when {@code type} is not a synchronous SDK v2 client interface
     */
    public synchronized <C extends SdkClient> C client(Class<C> type) {
        return client(type, List.of());
    }

    /**
     * The same with more interceptors on this client only (e.g. {@link ClockSkewWarning} on the pool's DynamoDB
     * client).
     *
     * @since 0.1.0
     */
    public synchronized <C extends SdkClient> C client(Class<C> type, List<ExecutionInterceptor> extra) {
        Object builder;
        try {
            builder = type.getMethod("builder").invoke(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            builder = null;
        }
        if (!(builder instanceof AwsClientBuilder<?, ?> aws) || !(builder instanceof AwsSyncClientBuilder<?, ?> sync)) {
            throw new IllegalArgumentException(type.getName() + " is not a synchronous AWS SDK v2 client interface"
                    + " (one with a static builder(), such as SqsClient; async clients are not supported)");
        }
        configure(aws, sync, extra);
        return track(type.cast(aws.build()));
    }

    /** The AWS operations made so far through these clients, by {@code Service.Operation}. */
    public Map<String, Integer> callCounts() {
        return counter.snapshot();
    }

    @Override
    public synchronized void close() {
        open.forEach(SdkClient::close);
        open.clear();
    }

    private <T extends SdkClient> T track(T client) {
        open.add(client);
        return client;
    }

    /** Configures a builder in place; {@code builder} and {@code sync} are the same object. */
    private void configure(
            AwsClientBuilder<?, ?> builder, AwsSyncClientBuilder<?, ?> sync, List<ExecutionInterceptor> extra) {
        AwsCredentialsProvider credentials = settings.profile().isPresent()
                ? ProfileCredentialsProvider.builder()
                        .profileName(settings.profile().get())
                        .build()
                : DefaultCredentialsProvider.builder().build();
        sync.httpClientBuilder(UrlConnectionHttpClient.builder());
        builder.region(region);
        builder.credentialsProvider(credentials);
        ClientOverrideConfiguration.Builder configuration = ClientOverrideConfiguration.builder()
                // Standard retries, minus answers that say the operation is not implemented.
                .retryStrategy(AwsRetries.strategy(settings.maxAttempts()))
                .addExecutionInterceptor(counter);
        extra.forEach(configuration::addExecutionInterceptor);
        if (talksToAnEmulator()) {
            // Registered last, so it sees answers first (the SDK runs response hooks in reverse): every other
            // interceptor then reads AWS-shaped timestamps. Real AWS never gets it.
            configuration.addExecutionInterceptor(emulatorTimestamps);
        }
        builder.overrideConfiguration(configuration.build());
        settings.endpoint().ifPresent(builder::endpointOverride);
    }

    /** An endpoint override (the setting or {@code AWS_ENDPOINT_URL}) means an emulator or a proxy, not AWS. */
    boolean talksToAnEmulator() {
        return settings.endpoint().isPresent() || env("AWS_ENDPOINT_URL").isPresent();
    }

    private static Region resolveRegion(AwsSettings settings) {
        if (settings.region().isPresent()) {
            return Region.of(settings.region().get());
        }
        try {
            DefaultAwsRegionProviderChain.Builder chain = DefaultAwsRegionProviderChain.builder();
            settings.profile().ifPresent(chain::profileName);
            return chain.build().getRegion();
        } catch (SdkClientException e) {
            throw new UserFixableException(names -> "No AWS region is configured. Set "
                    + names.assignment(Setting.REGION, "eu-west-1") + ", the AWS_REGION environment variable, or a"
                    + " region in your AWS profile.");
        }
    }

    private static Optional<String> env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
