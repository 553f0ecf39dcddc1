package dev.cloudtest.examples.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The form itself, and what a visitor sees when the form is not filled in right. */
class RegistrationFormIT {
    @Test
    void theHomePageLeadsToTheRegistrationForm() throws Exception {
        HttpResponse<String> response = ApplicationUnderTest.get("/");

        assertThat(response.uri().getPath()).isEqualTo("/register");
        assertThat(response.body()).contains("<form method=\"post\" action=\"/register\">");
    }

    @Test
    void anInvalidAddressKeepsTheVisitorOnTheFormWithTheProblem() throws Exception {
        HttpResponse<String> response = ApplicationUnderTest.submitRegistration("Grace Hopper", "not-an-address");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.uri().getPath()).isEqualTo("/register");
        assertThat(response.body()).contains("Please enter a valid e-mail address.");
    }

    @Test
    void theHealthCheckAnswers() throws Exception {
        HttpResponse<String> response = ApplicationUnderTest.get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("ok\n");
    }
}
