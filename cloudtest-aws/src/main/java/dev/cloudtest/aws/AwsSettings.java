package dev.cloudtest.aws;

import dev.cloudtest.core.InvalidSettingException;
import dev.cloudtest.core.Setting;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where and as whom to call AWS. Every field is optional: what is not given comes from the SDK's default
 * chains (AWS_REGION, AWS_PROFILE, AWS_ENDPOINT_URL, ~/.aws/config, instance or CodeBuild credentials).
 *
 * @param region explicit region, e.g. {@code eu-west-1}
 * @param profile named profile from ~/.aws/config and ~/.aws/credentials
 * @param endpoint explicit endpoint for every service (LocalStack, moto, the project's local endpoint)
 * @param maxAttempts attempts per call, including the first, for throttling and 5xx answers
 */
public record AwsSettings(Optional<String> region, Optional<String> profile, Optional<URI> endpoint, int maxAttempts) {

    public static final int DEFAULT_MAX_ATTEMPTS = 8;

    /** Builds settings from raw parameter values; blank means "not given". */
    public static AwsSettings of(String region, String profile, String endpoint) {
        return new AwsSettings(
                checkRegion(region), blankToEmpty(profile), parseEndpoint(endpoint), DEFAULT_MAX_ATTEMPTS);
    }

    /** Lenient on purpose (emulators accept made-up regions); catches typos such as "us east" or "EU-WEST-1". */
    private static Optional<String> checkRegion(String region) {
        Optional<String> value = blankToEmpty(region);
        value.filter(r -> !r.matches("[a-z]{2,}(-[a-z0-9]+)+")).ifPresent(r -> {
            throw new InvalidSettingException(
                    Setting.REGION,
                    r,
                    "is not a region name. Use for example eu-west-1 (lower case, words joined by" + " '-').");
        });
        return value;
    }

    private static Optional<URI> parseEndpoint(String endpoint) {
        return blankToEmpty(endpoint).map(value -> {
            try {
                URI uri = new URI(value);
                if (uri.getScheme() == null
                        || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                        || uri.getHost() == null) {
                    throw new URISyntaxException(value, "expected http(s)://host[:port]");
                }
                return uri;
            } catch (URISyntaxException e) {
                throw new InvalidSettingException(
                        Setting.ENDPOINT,
                        value,
                        "is not a valid endpoint URL: " + e.getReason() + ". Use for example http://localhost:4566");
            }
        });
    }

    private static Optional<String> blankToEmpty(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
