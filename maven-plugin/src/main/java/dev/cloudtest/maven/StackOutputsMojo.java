package dev.cloudtest.maven;

import dev.cloudtest.aws.AwsClients;
import dev.cloudtest.aws.CloudFormationStackGateway;
import dev.cloudtest.core.Durations;
import dev.cloudtest.core.TimeSource;
import dev.cloudtest.stack.ExportFilter;
import dev.cloudtest.stack.StackRequest;
import dev.cloudtest.stack.StackValueFiles;
import dev.cloudtest.stack.StackValues;
import dev.cloudtest.stack.StackValuesReader;
import java.util.List;
import java.util.OptionalLong;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Hands a CloudFormation stack's outputs, selected exports and physical resource IDs to the integration tests,
 * as project properties {@code cloudtest.output.<OutputKey>}, {@code cloudtest.export.<ExportName>} and
 * {@code cloudtest.resource.<LogicalId>}, and as {@code target/cloudtest/stack.properties} and {@code stack.env}.
 * Values are never logged, only keys.
 *
 * @since 0.1.0
 */
@Mojo(name = "stack-outputs", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class StackOutputsMojo extends AbstractAwsMojo {
    /**
     * The stack to read; default: the {@code ENV_STACK_NAME} environment variable.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.stackName")
    private String stackName;

    /**
     * How long to wait for a stack still being created or updated ({@code 0}: fail at once), e.g. {@code 15m}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.stack.waitTimeout", defaultValue = "0")
    private String waitTimeout;

    /**
     * How often to look at the stack while waiting.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.stack.pollInterval", defaultValue = "10s")
    private String pollInterval;

    /**
     * Output keys that must exist (every output is handed over either way).
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.stack.outputs")
    private List<String> outputs;

    /**
     * Hands over the exports whose names start with this.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.stack.exportPrefix")
    private String exportPrefix;

    /**
     * Hands over the exports whose whole name matches this Java regular expression.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.stack.exportPattern")
    private String exportPattern;

    /**
     * Hands over the exports whose names contain the stack name ({@code table-name-<stack>}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.stack.exportsContainingStackName", defaultValue = "false")
    private boolean exportsContainingStackName;

    /**
     * Export names that must exist; handed over even when no filter selects them.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.stack.exports")
    private List<String> exports;

    /**
     * Logical resource IDs whose physical IDs to hand over.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.stack.resources")
    private List<String> resources;

    /**
     * Also looks for the logical IDs in nested stacks.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.stack.nestedStacks", defaultValue = "false")
    private boolean nestedStacks;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.stack-outputs.skip", defaultValue = "false")
    private boolean skip;

    @Override
    protected void run() {
        StackRequest request = new StackRequest(
                StackRequest.resolveStackName(stackName, System.getenv()),
                Durations.parse(waitTimeout, "cloudtest.stack.waitTimeout"),
                Durations.parsePollInterval(pollInterval, "cloudtest.stack.pollInterval"),
                StackRequest.trimmed(outputs),
                ExportFilter.of(exportPrefix, exportPattern, exportsContainingStackName),
                StackRequest.trimmed(exports),
                StackRequest.trimmed(resources),
                nestedStacks);
        try (AwsClients aws = openAws()) {
            StackValues values = new StackValuesReader(
                            new CloudFormationStackGateway(aws), TimeSource.system(), reporter(), aws.describeTarget())
                    .read(request);
            values.asProperties().forEach(project.getProperties()::setProperty);
            // A stack leased by acquire-stack: its fence goes with the values, for the tests to see.
            OptionalLong fence = LeaseFile.read(outputDirectory())
                    .filter(lease -> lease.stackName().equals(values.stackName()))
                    .map(lease -> OptionalLong.of(lease.fence()))
                    .orElse(OptionalLong.empty());
            StackValueFiles.write(outputDirectory(), values, fence, aws.callCounts(), reporter());
            getLog().info("Stack " + values.stackName() + " (" + values.status() + "): " + values.summary());
            getLog().info("Values are in " + outputDirectory().resolve(StackValueFiles.PROPERTIES) + " and "
                    + StackValueFiles.DOTENV + " (values are not logged).");
        }
    }

    @Override
    protected boolean goalSkipped() {
        return skip;
    }

    @Override
    protected String goalName() {
        return "stack-outputs";
    }
}
