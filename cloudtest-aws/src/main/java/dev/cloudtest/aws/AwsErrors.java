package dev.cloudtest.aws;

import dev.cloudtest.core.EnvironmentException;
import dev.cloudtest.core.Secrets;
import dev.cloudtest.core.Setting;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.core.Wording;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The one translator of AWS SDK exceptions, used by every adapter for what it does not handle itself. A
 * message says what was attempted ({@code "AWS answered AccessDeniedException while reading pipeline 'demo': "},
 * or {@code "... while calling CodeBuild BatchGetBuilds: "} when the adapter has nothing better), shows the
 * service's error code and message, keeps the AWS request id when there is one, and ends with what to do. It
 * never holds a stack trace or credentials (access key ids are masked, signature debugging text is cut off).
 * Settings are named through {@link Setting}, so each front end words the fix for its users (a {@code -D} property
 * for Maven, a system property of the test JVM for the JUnit library).
 * The SDK exception is not attached as the cause: Maven would append its message (repeating the service's
 * message, the request id and "SDK Attempt Count") to the one line the user reads. It is kept as a suppressed
 * exception instead, which that line ignores and the goal's debug log ({@code mvn -X}) shows in full.
 *
 * <p>{@link UserFixableException} (the build fails with MojoFailureException):
 *
 * <ul>
 *   <li>not found: {@code *NotFoundException}, CloudFormation's {@code ValidationError} "... does not exist":
 *       check the name, the region and the endpoint override;
 *   <li>access denied ({@code AccessDenied*}, {@code UnauthorizedOperation}, {@code AuthorizationError}, other
 *       HTTP 403): names the IAM action when the message has one, and points to {@code mvn cloudtest:iam-policy};
 *   <li>any other 4xx answer (validation, invalid structure or input, limits): the service's message is the fix;
 *   <li>an endpoint host that does not resolve (an unknown region, a mistyped endpoint): check the region and the
 *       endpoint override.
 * </ul>
 *
 * <p>{@link EnvironmentException} (MojoExecutionException):
 *
 * <ul>
 *   <li>missing, invalid or expired credentials, a skewed clock: AWS_PROFILE, the profile setting, aws sso login;
 *   <li>network failures and timeouts;
 *   <li>throttling and 5xx answers still failing after the SDK's retries;
 *   <li>an operation the endpoint does not implement, named in the message: an HTTP 500 answer without an AWS
 *       error code (moto's HTML "500 Internal Server Error" page; AWS names every error), HTTP 501 (LocalStack),
 *       {@code NotImplemented}, {@code UnknownOperationException} or a "not implemented" message;
 *   <li>any other answer without an AWS error code (a proxy's 502, say).
 * </ul>
 */
public final class AwsErrors {
    private static final Set<String> NOT_FOUND_CODES = Set.of(
            "PipelineNotFoundException",
            "PipelineExecutionNotFoundException",
            "PipelineVersionNotFoundException",
            "ResourceNotFoundException",
            "StageNotFoundException",
            "ActionTypeNotFoundException",
            "ActionNotFoundException",
            "StackNotFoundException");
    private static final Set<String> PERMISSION_CODES = Set.of(
            "AccessDenied",
            "AccessDeniedException",
            "UnauthorizedOperation",
            "AuthorizationError",
            "UnauthorizedException");
    private static final Set<String> CREDENTIAL_CODES = Set.of(
            "UnrecognizedClientException",
            "InvalidClientTokenId",
            "InvalidAccessKeyId",
            "ExpiredToken",
            "ExpiredTokenException",
            "InvalidSignatureException",
            "SignatureDoesNotMatch",
            "IncompleteSignature",
            "MissingAuthenticationToken",
            "RequestExpired",
            "RequestTimeTooSkewed");
    private static final Set<String> NOT_IMPLEMENTED_CODES =
            Set.of("NotImplemented", "NotImplementedException", "UnknownOperationException", "InvalidAction");
    private static final Pattern IAM_ACTION = Pattern.compile("\\b([a-z][a-z0-9-]*:[A-Z][A-Za-z0-9]*)\\b");
    private static final Pattern ACCESS_KEY_ID = Pattern.compile("\\b(AKIA|ASIA)[A-Z0-9]{12,}\\b");
    private static final int MAX_MESSAGE = 600;

    private static final Wording CREDENTIALS_FIX = names -> "Give cloudtest usable AWS credentials: set AWS_PROFILE"
            + " or " + names.name(Setting.PROFILE) + " to a profile that has them (or AWS_ACCESS_KEY_ID/"
            + "AWS_SECRET_ACCESS_KEY), and run `aws sso login --profile <profile>` if its SSO session expired.";
    private static final String PERMISSIONS_FIX = "`mvn cloudtest:iam-policy` prints the IAM policy cloudtest needs.";
    private static final Wording REGION_FIX = names -> "Check " + names.name(Setting.REGION)
            + " (an AWS region such as eu-west-1) and " + names.name(Setting.ENDPOINT)
            + " (unset for AWS, else the URL of a running emulator).";

    private AwsErrors() {}

    /** Runs one SDK call; an SDK exception is translated with {@link #translate(String, SdkException)}. */
    public static <T> T call(String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw translate(operation, e);
        }
    }

    /** {@code operation} names the call as "Service Operation", e.g. "CodePipeline GetPipeline". */
    public static RuntimeException translate(String operation, SdkException e) {
        return translate(operation, null, e);
    }

    /** {@code doing} says what was attempted, e.g. "reading pipeline 'demo'"; null: "calling " + operation. */
    public static RuntimeException translate(String operation, String doing, SdkException e) {
        String during = " while " + (doing == null ? "calling " + operation : doing);
        RuntimeException translated = e instanceof AwsServiceException service
                ? serviceError(operation, during, service)
                : clientError(during, e);
        translated.addSuppressed(e);
        return translated;
    }

    /** The error code, or "HTTP status" when the answer had none. */
    static String code(AwsServiceException e) {
        return e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null
                ? "HTTP " + e.statusCode()
                : e.awsErrorDetails().errorCode();
    }

    /** The service's message, on one line, without credentials; "(no message)" when the answer had none. */
    static String message(AwsServiceException e) {
        return e.awsErrorDetails() == null || e.awsErrorDetails().errorMessage() == null
                ? "(no message)"
                : clean(e.awsErrorDetails().errorMessage());
    }

    /** "code: message (request id r)", or the client exception's cleaned message: for warnings. */
    public static String summary(SdkException e) {
        return e instanceof AwsServiceException service
                ? code(service) + ": " + message(service) + requestId(service)
                : clean(e.getMessage());
    }

    private static RuntimeException serviceError(String operation, String during, AwsServiceException e) {
        int status = e.statusCode();
        if (e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null) {
            return withoutErrorCode(operation, during, e);
        }
        String code = code(e);
        String message = message(e);
        String what = "AWS answered " + code + during + ": " + message + requestId(e);
        if (notImplemented(e)) {
            return new EnvironmentException(
                    what + " (HTTP " + status + ": the endpoint does not implement this operation; use real AWS or an"
                            + " emulator that has it for this step). The operation it lacks: " + operation + ".");
        }
        if (CREDENTIAL_CODES.contains(code)) {
            String clock = code.startsWith("Request") ? " Check the machine's clock, too." : "";
            return new EnvironmentException(
                    names -> what + ". AWS did not accept the credentials. " + CREDENTIALS_FIX.render(names) + clock);
        }
        if (e.isThrottlingException()) {
            return new EnvironmentException(
                    what + ". AWS still throttled the call after the SDK's retries; try again later, or run fewer"
                            + " builds against this account at once.");
        }
        if (status >= 500) {
            return new EnvironmentException(
                    what + ". AWS failed on its side (HTTP " + status + ") after the SDK's retries; try again later.");
        }
        if (PERMISSION_CODES.contains(code) || status == 403) {
            return new UserFixableException(what + ". " + missingPermission(operation, message) + PERMISSIONS_FIX);
        }
        if (NOT_FOUND_CODES.contains(code) || code.endsWith("NotFoundException") || missingStack(code, message)) {
            return new UserFixableException(names -> what + ". Check the name, and that "
                    + names.name(Setting.REGION) + " (and " + names.name(Setting.ENDPOINT)
                    + ") point where it lives.");
        }
        return new UserFixableException(what + ". AWS rejected the request: fix what its message names.");
    }

    /** No AWS error code at all: moto's HTML page for an operation it lacks (HTTP 500), or a proxy's page. */
    private static EnvironmentException withoutErrorCode(String operation, String during, AwsServiceException e) {
        // A 500 without an AWS error is not retried (AwsRetries): it says the operation is missing.
        String what = "The endpoint answered HTTP " + e.statusCode() + " without an AWS error" + during
                + (e.statusCode() == 500 ? "." : " (after the SDK's retries).")
                + (e.requestId() == null ? "" : " Request id " + e.requestId() + ".")
                + " ";
        if (e.statusCode() == 500) {
            return new EnvironmentException(what + "If it is an emulator, it may not implement this operation ("
                    + operation + "; moto lacks UpdateProject, the report APIs and pipeline executions); use a"
                    + " newer emulator or real AWS for this step.");
        }
        return new EnvironmentException(names -> what + "Try again later; with " + names.name(Setting.ENDPOINT)
                + ", check the emulator or the proxy in front of it.");
    }

    private static boolean notImplemented(AwsServiceException e) {
        String message = e.awsErrorDetails().errorMessage() == null
                ? ""
                : e.awsErrorDetails().errorMessage().toLowerCase(Locale.ROOT);
        return e.statusCode() == 501
                || NOT_IMPLEMENTED_CODES.contains(code(e))
                || message.contains("not implemented")
                || message.contains("not yet implemented");
    }

    /** CloudFormation says a stack is missing with a ValidationError "Stack with id X does not exist". */
    static boolean isMissingStack(SdkException e) {
        return e instanceof AwsServiceException service && missingStack(code(service), message(service));
    }

    private static boolean missingStack(String code, String message) {
        return "ValidationError".equals(code) && message.contains("does not exist");
    }

    private static String missingPermission(String operation, String message) {
        Matcher action = IAM_ACTION.matcher(message);
        if (action.find()) {
            return "The caller lacks the IAM permission " + action.group(1) + ". ";
        }
        int space = operation.indexOf(' ');
        String guess = operation.substring(0, space).toLowerCase(Locale.ROOT) + ":" + operation.substring(space + 1);
        return "The caller lacks an IAM permission (most likely " + guess + "). ";
    }

    private static RuntimeException clientError(String during, SdkException e) {
        String message = clean(e.getMessage());
        UnknownHostException unknownHost = cause(e, UnknownHostException.class);
        if (unknownHost != null) {
            return new UserFixableException(names -> "The endpoint host " + unknownHost.getMessage()
                    + " does not resolve" + during + ". " + REGION_FIX.render(names)
                    + " If both are right, check the network's DNS.");
        }
        if (e instanceof ApiCallTimeoutException
                || e instanceof ApiCallAttemptTimeoutException
                || cause(e, SocketTimeoutException.class) != null) {
            return new EnvironmentException(
                    "Timed out" + during + " (" + message + "). Check the network (proxy, VPN) and try again.");
        }
        if (cause(e, ConnectException.class) != null) {
            return new EnvironmentException(names -> "Could not connect to AWS" + during + " (" + message
                    + "). Check the network (proxy, VPN); with " + names.name(Setting.ENDPOINT)
                    + ", check that the emulator is running.");
        }
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("credential") || lower.contains("sso") || lower.contains("profile")) {
            return new EnvironmentException(names ->
                    "No usable AWS credentials" + during + " (" + message + "). " + CREDENTIALS_FIX.render(names));
        }
        return new EnvironmentException("Could not reach AWS" + during + ": " + message);
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String requestId(AwsServiceException e) {
        String id = e.requestId();
        return id == null || id.isBlank() ? "" : " (request id " + id + ")";
    }

    /** One line, access key ids masked, signature debugging text (which can hold a session token) cut off. */
    private static String clean(String message) {
        if (message == null) {
            return "(no message)";
        }
        int debug = message.indexOf("\n\n");
        String text = (debug < 0 ? message : message.substring(0, debug))
                .replaceAll("\\s+", " ")
                .trim();
        // The key id keeps its kind (AKIA…/ASIA…); any other secret shape goes through the one detector.
        text = Secrets.maskText(ACCESS_KEY_ID.matcher(text).replaceAll(m -> m.group(1) + "…"));
        return text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE) + "…" : text;
    }
}
