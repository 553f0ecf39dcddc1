package dev.cloudtest.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects a synchronous AWS SDK v2 client into a field, e.g. {@code @AwsClient SqsClient sqs;}. Parameters of such
 * a type need no annotation. One client per type and test JVM, built with the region, profile and endpoint
 * override the extension is configured with (see {@link CloudtestStack}), closed when the tests end.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER})
public @interface AwsClient {}
