package dev.cloudtest.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects the export with this name ({@code Export: Name:} in any stack of the account and Region), e.g. {@code @StackExport("shared-vpc-id") String vpc}.
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
public @interface StackExport {
    String value();
}
