package dev.cloudtest.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {
    @Test
    void namesThatAnnounceASecretMakeAPlainValueSecret() {
        assertThat(Secrets.looksLikeSecret("DB_PASSWORD", "hunter2")).isTrue();
        assertThat(Secrets.looksLikeSecret("apiToken", "abc")).isTrue();
        assertThat(Secrets.looksLikeSecret("AWS_SECRET_ACCESS_KEY", "x")).isTrue();
        assertThat(Secrets.looksLikeSecret("SIGNING_KEY", "x")).isTrue();
        assertThat(Secrets.looksLikeSecret("DbPassword", "x")).isTrue();
    }

    @Test
    void flagsVariablesAndReferenceArnsUnderASecretNameAreHarmless() {
        assertThat(Secrets.looksLikeSecret("USE_TOKEN", "true")).isFalse();
        assertThat(Secrets.looksLikeSecret("DB_PASSWORD", "${DB_PASSWORD}")).isFalse();
        assertThat(Secrets.looksLikeSecret("DB_PASSWORD", "arn:aws:secretsmanager:eu-west-1:1:secret:db"))
                .isFalse();
        assertThat(Secrets.looksLikeSecret("PARTITION_KEY", "id")).isFalse();
        assertThat(Secrets.looksLikeSecret("PWD", "/codebuild/src")).isFalse();
    }

    @Test
    void valueShapesAreSecretUnderAnyName() {
        assertThat(Secrets.looksLikeSecret("LEGACY", "AKIAIOSFODNN7EXAMPLE")).isTrue();
        assertThat(Secrets.looksLikeSecret("UPLOAD", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"))
                .isTrue();
        assertThat(Secrets.looksLikeSecret("PEM", "-----BEGIN RSA PRIVATE KEY-----\nMIIE"))
                .isTrue();
        assertThat(Secrets.looksLikeSecret("GH", "ghp_" + "a1B2".repeat(9))).isTrue();
        // Names, ARNs, hashes and ids are not keys.
        assertThat(Secrets.looksLikeSecret("PROJECT", "orders-integration-tests-eu-west-1-prod"))
                .isFalse();
        assertThat(Secrets.looksLikeSecret("COMMIT", "3f5a9c0e1b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a"))
                .isFalse();
        assertThat(Secrets.looksLikeSecret("ROLE", "arn:aws:iam::123456789012:role/service-role/CodeBuildRole"))
                .isFalse();
    }

    @Test
    void freeTextKeepsItsWordsAndLosesItsKeys() {
        assertThat(Secrets.maskText("key AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY ok"))
                .isEqualTo("key **** and **** ok");
        assertThat(Secrets.maskText("a\n-----BEGIN PRIVATE KEY-----\nMIIEvQ\n-----END PRIVATE KEY-----\nb"))
                .isEqualTo("a\n****\nb");
    }

    @Test
    void referencesMustLookLikeReferencesNotLikeTheSecret() {
        assertThat(Secrets.looksLikeParameterName("/orders/db/password")).isTrue();
        assertThat(Secrets.looksLikeParameterName("arn:aws:ssm:eu-west-1:123456789012:parameter/orders/db"))
                .isTrue();
        assertThat(Secrets.looksLikeParameterName("AKIAIOSFODNN7EXAMPLE")).isFalse();
        assertThat(Secrets.looksLikeParameterName("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"))
                .isFalse();
        assertThat(Secrets.looksLikeSecretReference("orders/db:password:AWSCURRENT"))
                .isTrue();
        assertThat(Secrets.looksLikeSecretReference("ASIAIOSFODNN7EXAMPLE")).isFalse();
    }
}
