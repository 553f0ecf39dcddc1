package dev.cloudtest.it;

import java.util.List;

/** An error answer in AWS shape: HTTP status, error code ({@code __type} or XML {@code Code}) and message. */
final class AwsError extends RuntimeException {
    private final int status;
    private final String code;

    AwsError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static AwsError badRequest(String code, String message) {
        return new AwsError(400, code, message);
    }

    /** The service's model-constraint answer, e.g. "1 validation error detected: Value 'x' at 'name' ...". */
    static AwsError constraints(String code, List<String> violations) {
        int n = violations.size();
        String prefix = n + " validation error" + (n == 1 ? "" : "s") + " detected: ";
        return new AwsError(400, code, prefix + String.join("; ", violations));
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
