package dev.cloudtest.junit5;

import java.util.Optional;

/**
 * Which test an SLA check belongs to: set by {@link CloudtestExtension} around each test; without the extension,
 * the first caller outside this library ({@code Class#method}).
 */
final class CurrentTest {
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private CurrentTest() {}

    static void set(String test) {
        CURRENT.set(test);
    }

    static void clear() {
        CURRENT.remove();
    }

    static String id() {
        String current = CURRENT.get();
        if (current != null) {
            return current;
        }
        return WALKER.walk(frames -> frames.filter(f -> !isLibrary(f.getDeclaringClass()))
                        .filter(f -> !f.getClassName().startsWith("java.")
                                && !f.getClassName().startsWith("jdk."))
                        .findFirst())
                .map(f -> simpleName(f.getClassName()) + "#" + f.getMethodName())
                .or(() -> Optional.of("unknown test"))
                .get();
    }

    /** A class of this library's jar (its own tests, in the same package, are not). */
    private static boolean isLibrary(Class<?> type) {
        return type.getProtectionDomain().getCodeSource() != null
                && type.getProtectionDomain()
                        .getCodeSource()
                        .equals(CurrentTest.class.getProtectionDomain().getCodeSource());
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
