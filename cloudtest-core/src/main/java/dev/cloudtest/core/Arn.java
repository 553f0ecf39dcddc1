package dev.cloudtest.core;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Amazon Resource Name, {@code arn:<partition>:<service>:<region>:<account>:<resource>}: the one way to read
 * one, to write one ({@link #toString()}), and to turn a role name into a role ARN. Only ARNs with a 12-digit account are read: those are the ones cloudtest
 * takes an account or region from (pipelines, roles).
 */
public record Arn(String partition, String service, String region, String account, String resource) {
    private static final Pattern ARN = Pattern.compile("^arn:(aws[a-z-]*):([a-z0-9-]+):([a-z0-9-]*):([0-9]{12}):(.+)$");
    /** IAM's characters for a role name with an optional path ({@code /team/ci-role}). */
    private static final Pattern ROLE_NAME = Pattern.compile("[\\w+=,.@/-]{1,512}");

    /** The ARN, if the text (trimmed) is one; null and blank are not. */
    public static Optional<Arn> parse(String text) {
        Matcher m = ARN.matcher(text == null ? "" : text.trim());
        return m.matches()
                ? Optional.of(new Arn(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)))
                : Optional.empty();
    }

    /** The ARN as text, {@code arn:<partition>:<service>:<region>:<account>:<resource>}. */
    @Override
    public String toString() {
        return "arn:" + partition + ":" + service + ":" + region + ":" + account + ":" + resource;
    }

    /** Whether the text is a role ARN or a role name (with an optional path) IAM would accept. */
    public static boolean isRoleNameOrArn(String text) {
        String value = text == null ? "" : text.trim();
        return value.startsWith("arn:")
                ? parse(value).filter(arn -> arn.service().equals("iam")).isPresent()
                : ROLE_NAME.matcher(value).matches();
    }

    /**
     * A role as an ARN: an ARN as given, a name (optionally with a path, a leading {@code /} or not) as the role
     * of that name in the account and partition given.
     */
    public static String ofRole(String nameOrArn, String partition, String account) {
        String role = nameOrArn.trim();
        if (role.startsWith("arn:")) {
            return role;
        }
        return new Arn(partition, "iam", "", account, "role/" + (role.startsWith("/") ? role.substring(1) : role))
                .toString();
    }
}
