package dev.cloudtest.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects the physical ID of the resource with this logical ID, e.g. {@code @PhysicalId("OrdersTable") String table}; a resource of a nested stack by its path, {@code @PhysicalId("Data/UploadBucket")} ({@code Data} being the nested stack's logical ID), or by its logical ID alone when no other stack of the tree has it.
 *
 * <p>Works on fields (static ones before {@code @BeforeAll}, instance ones when the test instance is created) and
 * on parameters of test, lifecycle and constructor methods, in a class with {@link CloudtestStack}. Types: {@code
 * String}, {@code URI}, {@code URL}, {@code int}/{@code Integer}, {@code long}/{@code Long}.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER})
public @interface PhysicalId {
    String value();
}
