package dev.cloudtest.examples.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The users registered so far, in memory and in registration order. Thread-safe. */
public final class UserRegistry {
    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_USERS = 10_000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final List<User> users = new ArrayList<>();

    /**
     * Registers a user, or says why the form is not acceptable.
     *
     * @return the problem to show on the form, or empty when the user was registered
     */
    public synchronized Optional<String> register(String name, String email) {
        String trimmedName = name == null ? "" : name.strip();
        String trimmedEmail = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (trimmedName.isEmpty()) {
            return Optional.of("Please enter your name.");
        }
        if (trimmedName.length() > MAX_NAME_LENGTH) {
            return Optional.of("Your name must be at most " + MAX_NAME_LENGTH + " characters.");
        }
        if (!EMAIL.matcher(trimmedEmail).matches()) {
            return Optional.of("Please enter a valid e-mail address.");
        }
        if (users.stream().anyMatch(user -> user.email().equals(trimmedEmail))) {
            return Optional.of("This e-mail address is already registered.");
        }
        if (users.size() >= MAX_USERS) {
            return Optional.of("Registration is full.");
        }
        users.add(new User(trimmedName, trimmedEmail));
        return Optional.empty();
    }

    /** A snapshot of the registered users. */
    public synchronized List<User> users() {
        return List.copyOf(users);
    }
}
