package dev.cloudtest.junit5;

import dev.cloudtest.core.UserFixableException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

/** Turns a stack value into the type of the field or parameter that wants it. */
final class ValueConversion {
    static final Set<Class<?>> TYPES =
            Set.of(String.class, URI.class, java.net.URL.class, int.class, Integer.class, long.class, Long.class);

    private ValueConversion() {}

    static boolean supports(Class<?> type) {
        return TYPES.contains(type);
    }

    /**
     * @param wantedBy what asked for it, for messages ({@code @StackOutput("Port") on OrdersIT.port})
     */
    static Object convert(String value, Class<?> type, String wantedBy) {
        try {
            if (type == String.class) {
                return value;
            }
            if (type == URI.class) {
                return new URI(value);
            }
            if (type == java.net.URL.class) {
                return new URI(value).toURL();
            }
            if (type == int.class || type == Integer.class) {
                return Integer.valueOf(value.trim());
            }
            if (type == long.class || type == Long.class) {
                return Long.valueOf(value.trim());
            }
        } catch (URISyntaxException | MalformedURLException | IllegalArgumentException e) {
            throw new UserFixableException("The value of " + wantedBy + " is not a " + type.getSimpleName() + " ("
                    + e.getMessage() + "). Declare it as a String, or fix the stack's value.");
        }
        throw unsupported(type, wantedBy);
    }

    static UserFixableException unsupported(Class<?> type, String wantedBy) {
        return new UserFixableException(wantedBy + " has type " + type.getName() + ", which cannot hold a stack"
                + " value. Use String, URI, URL, int or long.");
    }
}
