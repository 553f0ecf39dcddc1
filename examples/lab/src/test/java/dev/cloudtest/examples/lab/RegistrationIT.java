package dev.cloudtest.examples.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The lab's story: a user registers and lands on the dashboard that lists them. */
class RegistrationIT {
    /**
     * Where the browser should end up after registering. The demo's failing path sets it to the wrong
     * {@code /register_user} with {@code -Dlab.expect=/register_user}.
     */
    private static final String EXPECTED_PATH = System.getProperty("lab.expect", "/dashboard");

    @Test
    void registeringAUserRedirectsToTheDashboard() throws Exception {
        String email = "ada-" + UUID.randomUUID() + "@example.org";

        HttpResponse<String> response = ApplicationUnderTest.submitRegistration("Ada Lovelace", email);

        assertThat(response.uri().getPath())
                .as("final URL after submitting the registration form")
                .isEqualTo(EXPECTED_PATH);
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void theDashboardListsTheNewUser() throws Exception {
        String email = "alan-" + UUID.randomUUID() + "@example.org";

        ApplicationUnderTest.submitRegistration("Alan Turing", email);
        HttpResponse<String> dashboard = ApplicationUnderTest.get("/dashboard");

        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("<li>Alan Turing &lt;" + email + "&gt;</li>");
    }
}
