package dev.cloudtest.examples.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The routes, without following redirects: what the server itself answers. */
class LabApplicationTest {
    private final HttpClient client = HttpClient.newHttpClient();
    private LabApplication application;

    @BeforeEach
    void start() throws Exception {
        application = LabApplication.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        application.close();
    }

    @Test
    void aValidRegistrationAnswers303ToTheDashboard() throws Exception {
        HttpResponse<String> response = post("name=Ada&email=ada%40example.org");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).contains("/dashboard");
    }

    @Test
    void anInvalidRegistrationAnswers400WithTheFormAndTheProblem() throws Exception {
        HttpResponse<String> response = post("name=Ada&email=not-an-address");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("Please enter a valid e-mail address.")
                .contains("<form");
    }

    @Test
    void aFormOverTheSizeLimitIsRefused() throws Exception {
        HttpResponse<String> response = post("name=" + "a".repeat(LabApplication.MAX_FORM_BYTES));

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void theRootRedirectsToTheFormAndUnknownPathsAre404() throws Exception {
        HttpResponse<String> root = get("/");
        HttpResponse<String> unknown = get("/nope");

        assertThat(root.statusCode()).isEqualTo(303);
        assertThat(root.headers().firstValue("Location")).contains("/register");
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(application.baseUrl().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String form) throws Exception {
        return client.send(
                HttpRequest.newBuilder(application.baseUrl().resolve("/register"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
