package dev.cloudtest.examples.lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The application the integration tests talk to. In CodeBuild, {@code cloudtest:stack-outputs} hands over the
 * deployed stack's {@code ApplicationUrl} output as the system property {@code cloudtest.output.ApplicationUrl};
 * without it (the local demo) the application is started here, in-process, on a free port.
 */
final class ApplicationUnderTest {
    static final String URL_PROPERTY = "cloudtest.output.ApplicationUrl";

    private static URI baseUrl;

    private ApplicationUnderTest() {}

    static synchronized URI baseUrl() {
        if (baseUrl == null) {
            String configured = System.getProperty(URL_PROPERTY, "").strip();
            // An unset Maven property reaches the JVM as the literal "${...}".
            if (configured.isEmpty() || configured.startsWith("${")) {
                baseUrl = startLocally();
            } else {
                baseUrl = URI.create(configured.replaceAll("/+$", ""));
                System.out.println("Testing the deployed application at " + baseUrl + " (" + URL_PROPERTY + ")");
            }
        }
        return baseUrl;
    }

    /** Submits the registration form, following the redirect like a browser does. */
    static HttpResponse<String> submitRegistration(String name, String email) throws Exception {
        String form = "name=" + encode(name) + "&email=" + encode(email);
        return client().send(
                        HttpRequest.newBuilder(url("/register"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path) throws Exception {
        return client().send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI url(String path) {
        return URI.create(baseUrl() + path);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static URI startLocally() {
        try {
            LabApplication application = LabApplication.start("127.0.0.1", 0);
            Runtime.getRuntime().addShutdownHook(new Thread(application::close));
            System.out.println("No " + URL_PROPERTY + " given: testing the lab application started locally at "
                    + application.baseUrl());
            return application.baseUrl();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the lab application locally", e);
        }
    }
}
