package dev.cloudtest.reports;

/**
 * One test that did not pass, as the console and the summaries show it. Any field may be {@code null}.
 *
 * @param className the test's class (or suite), e.g. {@code com.example.OrderIT}
 * @param name the test's name, e.g. {@code placesAnOrder}
 * @param message the one-line reason, e.g. the assertion message
 * @param detail the longer failure text (stack trace, captured output), already capped by whoever made it
 */
public record FailedTest(String className, String name, String message, String detail) {

    /** {@code Class.method}, or whichever of the two is known. */
    public String displayName() {
        boolean hasClass = className != null && !className.isBlank();
        boolean hasName = name != null && !name.isBlank();
        if (hasClass && hasName) {
            return className + "." + name;
        }
        return hasClass ? className : hasName ? name : "(unnamed test)";
    }
}
