package dev.cloudtest.junit5;

import dev.cloudtest.aws.AwsClients;
import dev.cloudtest.aws.AwsSettings;
import dev.cloudtest.aws.CloudFormationStackGateway;
import dev.cloudtest.core.Durations;
import dev.cloudtest.core.TimeSource;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.stack.StackGateway;
import dev.cloudtest.stack.StackRequest;
import dev.cloudtest.stack.StackValuesReader;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.core.SdkClient;

/**
 * What the extension shares across a test JVM (kept in the root store, closed when the tests end): the stack
 * values, the AWS clients.
 */
final class CloudtestSession implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    static final String STACK_NAME = "cloudtest.stackName";
    static final String REGION = "cloudtest.region";
    static final String PROFILE = "cloudtest.profile";
    static final String ENDPOINT = "cloudtest.endpoint";
    static final String WAIT_TIMEOUT = "cloudtest.stack.waitTimeout";
    static final String FENCE = "cloudtest.stack.fence";

    /** The seams: where configuration, CloudFormation and time come from. */
    interface Environment {
        Optional<String> config(String key);

        Optional<String> variable(String name);

        StackGateway gateway(AwsClients aws);

        TimeSource time();
    }

    private final Environment environment;
    private final PropertyStackValues properties;
    private final Map<Class<?>, SdkClient> clients = new ConcurrentHashMap<>();
    private AwsClients aws;
    private CloudFormationStackValues cloudFormation;
    private boolean closed;

    CloudtestSession(Environment environment, PropertyStackValues properties) {
        this.environment = environment;
        this.properties = properties;
    }

    /** The session of a real test run: JUnit configuration parameters (system properties), AWS. */
    static CloudtestSession open(ExtensionContext root) {
        return new CloudtestSession(
                new Environment() {
                    @Override
                    public Optional<String> config(String key) {
                        return root.getConfigurationParameter(key).filter(v -> !v.isBlank());
                    }

                    @Override
                    public Optional<String> variable(String name) {
                        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
                    }

                    @Override
                    public StackGateway gateway(AwsClients aws) {
                        return new CloudFormationStackGateway(aws);
                    }

                    @Override
                    public TimeSource time() {
                        return TimeSource.system();
                    }
                },
                PropertyStackValues.fromSystemProperties());
    }

    /** A stack value: from the system properties, else from CloudFormation; fails listing what exists. */
    String stackValue(StackValueKind kind, String name, String wantedBy) {
        Optional<String> handedOver = properties.find(kind, name);
        if (handedOver.isPresent()) {
            return handedOver.get();
        }
        Optional<CloudFormationStackValues> stack = cloudFormation();
        if (stack.isEmpty()) {
            String set = properties.names(kind).isEmpty()
                    ? "no " + kind.propertyPrefix + "* property is set"
                    : "the " + kind.noun + "s handed over are: " + StackValuesReader.listing(properties.names(kind));
            throw new UserFixableException("No stack " + kind.noun + " '" + name + "' (" + wantedBy + "): the system"
                    + " property " + kind.propertyPrefix + name + " is not set (" + set + "), and no stack is named"
                    + " to read it from. Name the deployed stack with the system property " + STACK_NAME + " or the "
                    + StackRequest.STACK_NAME_VARIABLE + " environment variable, or check the name.");
        }
        try {
            return stack.get().find(kind, name).orElseThrow(() -> stack.get().missing(kind, name, wantedBy));
        } catch (UserFixableException e) {
            // The core names settings by meaning; a test author knows them as system properties.
            throw new UserFixableException(e.messageFor(SystemPropertyNames.INSTANCE), e);
        }
    }

    /** The stack under test: its name and, when leased from a pool, the lease's fence. */
    StackUnderTest stackUnderTest() {
        String name = stackName()
                .orElseThrow(() -> new UserFixableException("No stack under test is named: set the system property "
                        + STACK_NAME
                        + " (acquire-stack and stack-outputs write it to target/cloudtest/stack.properties;"
                        + " hand that file to Failsafe with <systemPropertiesFile>) or the "
                        + StackRequest.STACK_NAME_VARIABLE + " environment variable."));
        Optional<String> fence = environment.config(FENCE);
        if (fence.isPresent() && !fence.get().trim().matches("\\d{1,18}")) {
            throw new UserFixableException("The system property " + FENCE + " is '" + fence.get()
                    + "', not a lease fence (a whole number): it is written by cloudtest:acquire-stack; remove it"
                    + " or acquire the stack again.");
        }
        return new StackUnderTest(
                name, fence.map(f -> OptionalLong.of(Long.parseLong(f.trim()))).orElse(OptionalLong.empty()));
    }

    private Optional<String> stackName() {
        return environment
                .config(STACK_NAME)
                .or(() -> environment.variable(StackRequest.STACK_NAME_VARIABLE))
                .map(String::trim);
    }

    /**
     * Whether a resource of the stack under test has this physical ID; fails when no stack is named, since then
     * nothing can be proven to belong to it.
     *
     * @param purpose what the check guards, for the message
     */
    boolean stackOwns(String physicalId, String purpose) {
        CloudFormationStackValues stack = cloudFormation()
                .orElseThrow(() -> new UserFixableException("Cannot check that " + physicalId + " belongs to the stack"
                        + " under test (" + purpose + "): no stack is named. Set the system property " + STACK_NAME
                        + " or the " + StackRequest.STACK_NAME_VARIABLE + " environment variable."));
        try {
            return stack.hasPhysicalId(physicalId);
        } catch (UserFixableException e) {
            throw new UserFixableException(e.messageFor(SystemPropertyNames.INSTANCE), e);
        }
    }

    /** The name of the stack whose resources {@link #stackOwns} checks. */
    String stackNameForChecks() {
        return cloudFormation().map(CloudFormationStackValues::stackName).orElse("(none)");
    }

    /** One client per type for the whole run. */
    <C extends SdkClient> C client(Class<C> type) {
        return type.cast(clients.computeIfAbsent(type, t -> aws().client(type)));
    }

    private synchronized Optional<CloudFormationStackValues> cloudFormation() {
        if (cloudFormation == null) {
            Optional<String> stackName = stackName();
            if (stackName.isEmpty()) {
                return Optional.empty();
            }
            Duration wait = environment
                    .config(WAIT_TIMEOUT)
                    .map(v -> Durations.parse(v, WAIT_TIMEOUT))
                    .orElse(Duration.ZERO);
            AwsClients clients = aws();
            cloudFormation = new CloudFormationStackValues(
                    new StackValuesReader(
                            environment.gateway(clients),
                            environment.time(),
                            LogReporter.INSTANCE,
                            clients.describeTarget()),
                    environment.gateway(clients),
                    stackName.get(),
                    wait,
                    clients.describeTarget());
        }
        return Optional.of(cloudFormation);
    }

    private synchronized AwsClients aws() {
        if (closed) {
            throw new IllegalStateException("The cloudtest session is closed: the test run has ended");
        }
        if (aws == null) {
            aws = AwsClients.open(AwsSettings.of(
                    environment.config(REGION).orElse(null),
                    environment.config(PROFILE).orElse(null),
                    environment.config(ENDPOINT).orElse(null)));
        }
        return aws;
    }

    /** Idempotent. */
    @Override
    public synchronized void close() {
        closed = true;
        clients.clear();
        if (aws != null) {
            aws.close();
            aws = null;
        }
    }
}
