package dev.cloudtest.core;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The one secret detector: what the plugin refuses to write in plain text (buildspec variables, pipeline action
 * variables) and what it masks wherever it prints or records a value (plans, diffs, dry runs, result files,
 * errors). A value is a secret when its shape says so (an AWS access key id, a private key, a GitHub/Slack token,
 * a long mixed-case base64 run such as an AWS secret access key), or when its name announces one
 * ({@code *PASSWORD*}, {@code *SECRET*}, {@code *TOKEN*}, {@code *KEY*}...) and the value is not plainly harmless
 * (a flag, a {@code ${VARIABLE}}, a Parameter Store or Secrets Manager ARN).
 *
 * @since 0.1.0
 */
public final class Secrets {
    /** What a masked value is replaced with. */
    public static final String MASK = "****";

    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(password|passwd|secret|token|credential|(api|access|private|signing|encryption|master|client|app)_?key).*");
    private static final Pattern HARMLESS_VALUE = Pattern.compile(
            "(?i)|true|false|yes|no|none|null|\\$\\{?[A-Za-z_][A-Za-z0-9_]*\\}?|arn:aws[a-z-]*:(secretsmanager|ssm):.*");
    private static final List<Pattern> SECRET_VALUES = List.of(
            Pattern.compile("(?<![A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])"),
            Pattern.compile(
                    "(?i)-----BEGIN [A-Z ]*PRIVATE KEY-----(?:(?!-----END)[\\s\\S]){0,10000}(?:-----END [A-Z ]*PRIVATE"
                            + " KEY-----)?"),
            Pattern.compile(
                    "\\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,}|xox[abprs]-[A-Za-z0-9-]{10,})"),
            // 32+ base64 characters with digits, lower and upper case: an AWS secret access key, an API token.
            Pattern.compile("(?<![A-Za-z0-9+/=])(?=[A-Za-z0-9+/]{0,200}[0-9])(?=[A-Za-z0-9+/]{0,200}[a-z])"
                    + "(?=[A-Za-z0-9+/]{0,200}[A-Z])[A-Za-z0-9+/]{32,}={0,2}(?![A-Za-z0-9+/=])"));
    private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z0-9_.\\-/]{1,2048}|arn:aws[a-z-]*:ssm:.+");
    private static final Pattern SECRET_REFERENCE = Pattern.compile(
            "[A-Za-z0-9/_+=.@\\-]{1,512}(:[A-Za-z0-9/_+=.@\\-]*){0,3}|arn:aws[a-z-]*:secretsmanager:.+");

    private Secrets() {}

    /** Whether a plain-text value under {@code name} is a secret (by its shape or by its name). */
    public static boolean looksLikeSecret(String name, String value) {
        String v = value == null ? "" : value;
        return valueLooksSecret(v)
                || (isSecretName(name) && !HARMLESS_VALUE.matcher(v).matches());
    }

    /** Whether a name announces a secret ({@code DB_PASSWORD}, {@code apiToken}, {@code AWS_SECRET_ACCESS_KEY}). */
    public static boolean isSecretName(String name) {
        return name != null && SECRET_NAME.matcher(name).matches();
    }

    /** Whether the value's shape alone says it is a secret, wherever it appears. */
    public static boolean valueLooksSecret(String value) {
        return value != null
                && SECRET_VALUES.stream().anyMatch(p -> p.matcher(value).find());
    }

    /** The value as it may be shown: {@link #MASK} when it looks like a secret under {@code name}, else itself. */
    public static String shown(String name, String value) {
        return looksLikeSecret(name, value) ? MASK : value;
    }

    /** Free text (an error, a log line) with every secret-shaped run replaced by {@link #MASK}. */
    public static String maskText(String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (Pattern pattern : SECRET_VALUES) {
            masked = pattern.matcher(masked).replaceAll(MASK);
        }
        return masked;
    }

    /**
     * Whether {@code value} looks like a Parameter Store parameter name or ARN, not like the secret itself (an
     * access key id is a valid parameter name, so the shape check comes first).
     */
    public static boolean looksLikeParameterName(String value) {
        return value != null
                && !valueLooksSecret(value)
                && PARAMETER_NAME.matcher(value).matches();
    }

    /** Whether {@code value} looks like a Secrets Manager reference ({@code secret-id[:json-key[:stage[:id]]]}). */
    public static boolean looksLikeSecretReference(String value) {
        return value != null
                && !valueLooksSecret(value)
                && SECRET_REFERENCE.matcher(value).matches();
    }
}
