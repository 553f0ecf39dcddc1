package dev.cloudtest.examples.lab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserRegistryTest {
    private final UserRegistry registry = new UserRegistry();

    @Test
    void registersUsersInOrderWithTrimmedNameAndLowerCaseEmail() {
        assertThat(registry.register("  Ada Lovelace ", "Ada@Example.org")).isEmpty();
        assertThat(registry.register("Alan Turing", "alan@example.org")).isEmpty();

        assertThat(registry.users())
                .containsExactly(
                        new User("Ada Lovelace", "ada@example.org"), new User("Alan Turing", "alan@example.org"));
    }

    @Test
    void refusesAMissingName() {
        assertThat(registry.register("   ", "ada@example.org")).contains("Please enter your name.");
        assertThat(registry.users()).isEmpty();
    }

    @Test
    void refusesANameOverTheLimit() {
        assertThat(registry.register("a".repeat(101), "ada@example.org"))
                .contains("Your name must be at most 100 characters.");
        assertThat(registry.register("a".repeat(100), "ada@example.org")).isEmpty();
    }

    @Test
    void refusesAnInvalidEmail() {
        assertThat(registry.register("Ada", "ada.example.org")).contains("Please enter a valid e-mail address.");
        assertThat(registry.register("Ada", "ada@example")).contains("Please enter a valid e-mail address.");
        assertThat(registry.register("Ada", null)).contains("Please enter a valid e-mail address.");
    }

    @Test
    void refusesAnEmailRegisteredTwiceWhateverItsCase() {
        assertThat(registry.register("Ada", "ada@example.org")).isEmpty();
        assertThat(registry.register("Ada again", "ADA@example.org"))
                .contains("This e-mail address is already registered.");
        assertThat(registry.users()).hasSize(1);
    }
}
