package dev.cloudtest.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects the stack output with this key ({@code Outputs} in the template), e.g. {@code @StackOutput("ApiUrl") String url}.
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
public @interface StackOutput {
    String value();
}
