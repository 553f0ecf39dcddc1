package dev.cloudtest.junit5;

import dev.cloudtest.core.UserFixableException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordPolicyType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/**
 * A Cognito user for the tests of a class: created before them (unique name, a random password that satisfies the
 * pool's own policy, confirmed without any message, in the groups asked for), signed in, and deleted after them.
 * Register it as a static field; the pool and the app client come from stack outputs:
 *
 * <pre>{@code
 * @RegisterExtension
 * static CognitoTestUser admin = CognitoTestUser.of("UserPoolId", "UserPoolClientId").inGroups("admins");
 * ...
 * api.get("/admin/orders", admin.idToken());
 * }</pre>
 *
 * <p>Signs in with {@code USER_PASSWORD_AUTH} or, when the client does not allow it, {@code
 * ADMIN_USER_PASSWORD_AUTH}; tokens are refreshed when they are about to expire. Users this fixture left behind
 * in a crashed run (same base name, created more than {@link #LEFTOVER_AGE} ago) are deleted first. The password
 * and the tokens are never logged and never in {@link #toString()}.
 *
 * @since 0.1.0
 */
public final class CognitoTestUser implements BeforeAllCallback, AfterAllCallback {
    /** Users of this fixture older than this are leftovers of a crashed run; younger ones may be a parallel run's. */
    public static final Duration LEFTOVER_AGE = Duration.ofHours(2);

    private static final Duration REFRESH_MARGIN = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String poolOutput;
    private final String clientOutput;
    private String baseName = "user";
    private List<String> groups = List.of();

    private CognitoIdentityProviderClient cognito;
    private String poolId;
    private UserPoolClientType client;
    private String username;
    private String password;
    private AuthFlowType flow;
    private AuthenticationResultType tokens;
    private Instant expiresAt;

    private CognitoTestUser(String poolOutput, String clientOutput) {
        this.poolOutput = poolOutput;
        this.clientOutput = clientOutput;
    }

    /** A user of the pool and app client whose IDs are these stack outputs. */
    public static CognitoTestUser of(String userPoolIdOutput, String clientIdOutput) {
        return new CognitoTestUser(userPoolIdOutput, clientIdOutput);
    }

    /** The base of the user name (letters, digits, '-'): {@code cloudtest-<base>-<run>}. */
    public CognitoTestUser named(String base) {
        if (base == null || !base.matches("[A-Za-z0-9-]{1,40}")) {
            throw new IllegalArgumentException(
                    "CognitoTestUser.named(\"" + base + "\"): use 1 to 40 letters, digits" + " or '-'.");
        }
        this.baseName = base;
        return this;
    }

    /** Groups the user is added to; they must exist in the pool. */
    public CognitoTestUser inGroups(String... groups) {
        this.groups = List.of(groups);
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        CloudtestSession session = CloudtestExtension.session(context);
        String wantedBy = "CognitoTestUser.of(\"" + poolOutput + "\", \"" + clientOutput + "\")";
        poolId = session.stackValue(StackValueKind.OUTPUT, poolOutput, wantedBy);
        String clientId = session.stackValue(StackValueKind.OUTPUT, clientOutput, wantedBy);
        cognito = session.client(CognitoIdentityProviderClient.class);
        UserPoolType pool = cognito.describeUserPool(r -> r.userPoolId(poolId)).userPool();
        client = cognito.describeUserPoolClient(r -> r.userPoolId(poolId).clientId(clientId))
                .userPoolClient();
        flow = signInFlow(client);
        deleteLeftovers();
        boolean emailIsUsername = pool.usernameAttributesAsStrings().contains("email");
        String name = "cloudtest-" + baseName + "-" + RunId.VALUE;
        username = emailIsUsername ? name + "@example.com" : name;
        password = password(pool.policies() == null ? null : pool.policies().passwordPolicy());
        create();
        signIn();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (cognito != null && username != null) {
            cognito.adminDeleteUser(r -> r.userPoolId(poolId).username(username));
            username = null;
        }
    }

    public String username() {
        return username;
    }

    /** The password, for tests that sign in through a UI; never logged. */
    public String password() {
        return password;
    }

    /** A valid ID token (refreshed when it is about to expire). */
    public synchronized String idToken() {
        return fresh().idToken();
    }

    /** A valid access token (refreshed when it is about to expire). */
    public synchronized String accessToken() {
        return fresh().accessToken();
    }

    public synchronized String refreshToken() {
        return tokens.refreshToken();
    }

    /** The groups the user is in. */
    public List<String> groups() {
        return groups;
    }

    /** When the current tokens expire (they are refreshed a minute before). */
    public synchronized Instant tokensExpireAt() {
        return expiresAt;
    }

    /** Test seam: pretend the tokens expire at {@code when}. */
    synchronized void tokensExpireAt(Instant when) {
        expiresAt = when;
    }

    @Override
    public String toString() {
        return "CognitoTestUser[" + username + " in pool " + poolId + ", groups " + groups + "]";
    }

    private void create() {
        String temporary = password(null) + "Aa1!";
        cognito.adminCreateUser(r -> r.userPoolId(poolId)
                .username(username)
                .temporaryPassword(temporary)
                .messageAction(MessageActionType.SUPPRESS)
                .userAttributes(
                        a -> a.name("email").value(username.contains("@") ? username : username + "@example.com"),
                        a -> a.name("email_verified").value("true")));
        cognito.adminSetUserPassword(
                r -> r.userPoolId(poolId).username(username).password(password).permanent(true));
        for (String group : groups) {
            try {
                cognito.adminAddUserToGroup(
                        r -> r.userPoolId(poolId).username(username).groupName(group));
            } catch (ResourceNotFoundException e) {
                throw new UserFixableException("Cognito pool " + poolId + " has no group '" + group + "' for test user "
                        + username + ": create it in the stack's template (AWS::Cognito::UserPoolGroup) or fix the"
                        + " name in inGroups(...).");
            }
        }
    }

    private void signIn() {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("USERNAME", username);
        parameters.put("PASSWORD", password);
        secretHash().ifPresent(hash -> parameters.put("SECRET_HASH", hash));
        tokens = authenticate(flow, parameters);
    }

    private AuthenticationResultType fresh() {
        if (Instant.now().plus(REFRESH_MARGIN).isAfter(expiresAt) && tokens.refreshToken() != null) {
            Map<String, String> parameters = new HashMap<>();
            parameters.put("REFRESH_TOKEN", tokens.refreshToken());
            secretHash().ifPresent(hash -> parameters.put("SECRET_HASH", hash));
            String refreshToken = tokens.refreshToken();
            tokens = authenticate(AuthFlowType.REFRESH_TOKEN_AUTH, parameters);
            if (tokens.refreshToken() == null) {
                tokens = tokens.toBuilder().refreshToken(refreshToken).build();
            }
        }
        return tokens;
    }

    private AuthenticationResultType authenticate(AuthFlowType type, Map<String, String> parameters) {
        AuthenticationResultType result = flow == AuthFlowType.ADMIN_USER_PASSWORD_AUTH
                ? cognito.adminInitiateAuth(r -> r.userPoolId(poolId)
                                .clientId(client.clientId())
                                .authFlow(type)
                                .authParameters(parameters))
                        .authenticationResult()
                : cognito.initiateAuth(r ->
                                r.clientId(client.clientId()).authFlow(type).authParameters(parameters))
                        .authenticationResult();
        if (result == null) {
            throw new IllegalStateException("Cognito answered test user " + username + "'s sign-in with a challenge"
                    + " instead of tokens (MFA required by the pool?): test users need a pool or client without it.");
        }
        expiresAt = Instant.now().plusSeconds(result.expiresIn() == null ? 3600 : result.expiresIn());
        return result;
    }

    private java.util.Optional<String> secretHash() {
        if (client.clientSecret() == null) {
            return java.util.Optional.empty();
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(client.clientSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] hash = mac.doFinal((username + client.clientId()).getBytes(StandardCharsets.UTF_8));
            return java.util.Optional.of(Base64.getEncoder().encodeToString(hash));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /** USER_PASSWORD_AUTH when the client allows it, else ADMIN_USER_PASSWORD_AUTH; fails naming both otherwise. */
    static AuthFlowType signInFlow(UserPoolClientType client) {
        List<String> flows =
                client.explicitAuthFlowsAsStrings() == null ? List.of() : client.explicitAuthFlowsAsStrings();
        if (flows.contains("ALLOW_USER_PASSWORD_AUTH") || flows.contains("USER_PASSWORD_AUTH")) {
            return AuthFlowType.USER_PASSWORD_AUTH;
        }
        if (flows.contains("ALLOW_ADMIN_USER_PASSWORD_AUTH") || flows.contains("ADMIN_NO_SRP_AUTH")) {
            return AuthFlowType.ADMIN_USER_PASSWORD_AUTH;
        }
        throw new UserFixableException("App client " + client.clientId() + " (" + client.clientName() + ") allows"
                + " neither USER_PASSWORD_AUTH nor ADMIN_USER_PASSWORD_AUTH (its flows: " + flows + "), so test users"
                + " cannot sign in: add ALLOW_USER_PASSWORD_AUTH or ALLOW_ADMIN_USER_PASSWORD_AUTH to its"
                + " ExplicitAuthFlows, or use a test-only client that has one.");
    }

    private void deleteLeftovers() {
        String prefix = "cloudtest-" + baseName + "-";
        Instant cutoff = Instant.now().minus(LEFTOVER_AGE);
        for (UserType user :
                cognito.listUsersPaginator(r -> r.userPoolId(poolId)).users()) {
            if (user.username().startsWith(prefix)
                    && user.userCreateDate() != null
                    && user.userCreateDate().isBefore(cutoff)) {
                cognito.adminDeleteUser(r -> r.userPoolId(poolId).username(user.username()));
            }
        }
    }

    /** A random password meeting {@code policy} (null: Cognito's default, 8 characters of all four kinds). */
    static String password(PasswordPolicyType policy) {
        int length = Math.max(24, policy == null || policy.minimumLength() == null ? 8 : policy.minimumLength());
        String upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        String lower = "abcdefghijkmnopqrstuvwxyz";
        String digits = "23456789";
        String symbols = "^$*.[]{}()?-!@#%&/,><:;|_~";
        List<Character> chars = new ArrayList<>();
        for (String kind : List.of(upper, lower, digits, symbols)) {
            chars.add(kind.charAt(RANDOM.nextInt(kind.length()))); // one of each: whatever the policy asks
        }
        String all = upper + lower + digits + symbols;
        while (chars.size() < length) {
            chars.add(all.charAt(RANDOM.nextInt(all.length())));
        }
        Collections.shuffle(chars, RANDOM);
        StringBuilder out = new StringBuilder();
        chars.forEach(out::append);
        return out.toString();
    }

    /** One id per test JVM for user names, so parallel runs never share a user. */
    private static final class RunId {
        static final String VALUE = Long.toString(ProcessHandle.current().pid(), 36)
                + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toLowerCase(Locale.ROOT);
    }
}
