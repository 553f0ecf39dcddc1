package dev.cloudtest.runner;

/**
 * Where run-buildspec reads {@code env.parameter-store} and {@code env.secrets-manager} values when asked to
 * (the SDK adapter), as CodeBuild would with the project's role. Values are returned, never printed.
 */
public interface SecretSource {
    /** The (decrypted) value of an SSM parameter. */
    String parameter(String name);

    /**
     * A Secrets Manager value: the secret's text, or one key of a JSON secret.
     *
     * @param jsonKey null for the whole text
     * @param versionStage null for AWSCURRENT
     * @param versionId null unless a version is pinned
     */
    String secret(String secretId, String jsonKey, String versionStage, String versionId);
}
