package dev.cloudtest.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class its deployed stack's values ({@link StackOutput}, {@link StackExport}, {@link PhysicalId})
 * and AWS SDK clients ({@link AwsClient}); the same as {@code @ExtendWith(CloudtestExtension.class)}.
 *
 * <pre>{@code
 * @CloudtestStack
 * class OrdersIT {
 *     @StackOutput("ApiUrl")
 *     static URI api;
 *
 *     @AwsClient
 *     SqsClient sqs;
 *
 *     @Test
 *     void ordersAreQueued(@StackOutput("QueueUrl") String queue, @PhysicalId("OrdersTable") String table) {
 *         ...
 *     }
 * }
 * }</pre>
 *
 * <p>Where the values come from, read once per test JVM:
 *
 * <ol>
 *   <li>the system properties {@code cloudtest.output.<OutputKey>}, {@code cloudtest.export.<ExportName>} and
 *       {@code cloudtest.resource.<LogicalId>}, which {@code cloudtest:stack-outputs} writes to {@code
 *       target/cloudtest/stack.properties} (hand them to Failsafe with {@code <systemPropertiesFile>});
 *   <li>otherwise CloudFormation itself, for the stack named by the system property {@code cloudtest.stackName} or
 *       the {@code ENV_STACK_NAME} environment variable: what a test run alone from an IDE uses.
 * </ol>
 *
 * <p>Where AWS is called: the system properties {@code cloudtest.region}, {@code cloudtest.profile} and {@code
 * cloudtest.endpoint} (also read from {@code junit-platform.properties}), else the SDK's defaults ({@code
 * AWS_REGION}, {@code AWS_PROFILE}, {@code AWS_ENDPOINT_URL}). A stack still being created or updated is waited for
 * up to {@code cloudtest.stack.waitTimeout} (default {@code 0}: fail at once).
 *
 * @since 0.1.0
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(CloudtestExtension.class)
public @interface CloudtestStack {}
