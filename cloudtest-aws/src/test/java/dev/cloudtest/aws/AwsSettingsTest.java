package dev.cloudtest.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.core.UserFixableException;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AwsSettingsTest {
    @Test
    void blankMeansNotGiven() {
        AwsSettings settings = AwsSettings.of(" ", null, "");
        assertThat(settings.region()).isEmpty();
        assertThat(settings.profile()).isEmpty();
        assertThat(settings.endpoint()).isEmpty();
    }

    @Test
    void acceptsRealAndEmulatorRegionsAndEndpoints() {
        assertThat(AwsSettings.of("eu-west-1", "dev", "http://localhost:4566").endpoint())
                .isEqualTo(Optional.of(URI.create("http://localhost:4566")));
        assertThat(AwsSettings.of("us-gov-west-1", null, null).region()).hasValue("us-gov-west-1");
        assertThat(AwsSettings.of(" cn-north-1 ", null, null).region()).hasValue("cn-north-1");
    }

    @Test
    void aMistypedRegionIsNamedWithTheFix() {
        assertThatThrownBy(() -> AwsSettings.of("us east 1", null, null))
                .isInstanceOf(UserFixableException.class)
                .hasMessageStartingWith("'us east 1' (from the AWS region) is not a region name")
                .hasMessageContaining("Use for example eu-west-1")
                .hasMessageNotContaining("-D");
        assertThatThrownBy(() -> AwsSettings.of("EU-WEST-1", null, null)).isInstanceOf(UserFixableException.class);
    }

    @Test
    void aBadEndpointIsNamedWithTheFix() {
        assertThatThrownBy(() -> AwsSettings.of(null, null, "localhost:4566"))
                .isInstanceOf(UserFixableException.class)
                .hasMessageStartingWith("'localhost:4566' (from the endpoint override) is not a valid endpoint URL");
        assertThatThrownBy(() -> AwsSettings.of(null, null, "ftp://x")).isInstanceOf(UserFixableException.class);
    }
}
