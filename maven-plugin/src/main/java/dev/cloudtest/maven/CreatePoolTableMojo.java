package dev.cloudtest.maven;

import dev.cloudtest.aws.AwsClients;
import dev.cloudtest.aws.DynamoDbLeaseStore;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Creates the stack pool's DynamoDB table (on-demand billing; partition key {@code pool}, sort key {@code slot}),
 * or says it exists. One table serves any number of pools.
 *
 * @since 0.1.0
 */
@Mojo(name = "create-pool-table", requiresProject = false, threadSafe = true)
public class CreatePoolTableMojo extends AbstractPoolMojo {
    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.create-pool-table.skip", defaultValue = "false")
    private boolean skip;

    @Override
    protected void run() {
        try (AwsClients aws = openAws()) {
            boolean created = DynamoDbLeaseStore.in(aws, table).createTable();
            reporter()
                    .info(
                            created
                                    ? "Created the pool table '" + table + "' (" + aws.describeTarget() + ")."
                                    : "The pool table '" + table + "' exists already.");
        }
    }

    @Override
    protected boolean goalSkipped() {
        return skip;
    }

    @Override
    protected String goalName() {
        return "create-pool-table";
    }
}
