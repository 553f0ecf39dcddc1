package dev.cloudtest.it;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Reading bounded request bodies and writing answers. */
final class Http {
    /** Larger than any request the plugin sends (a 50-stage pipeline is far below it). */
    static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

    private Http() {}

    /** The request body, or an AwsError (413) once it passes {@link #MAX_BODY_BYTES}. */
    static byte[] body(HttpExchange exchange) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = exchange.getRequestBody()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + n > MAX_BODY_BYTES) {
                    throw new AwsError(
                            413,
                            "RequestEntityTooLargeException",
                            "The request body is larger than " + MAX_BODY_BYTES + " bytes");
                }
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("x-amzn-RequestId", "cloudtest-" + Long.toHexString(System.nanoTime()));
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    /** The access key id from a SigV4 Authorization header's credential scope; null when absent. */
    static String accessKey(String authorization) {
        String[] scope = credentialScope(authorization);
        return scope.length >= 5 ? scope[0] : null;
    }

    /** The signing region from a SigV4 Authorization header's credential scope; us-east-1 when absent. */
    static String region(String authorization) {
        String[] scope = credentialScope(authorization);
        return scope.length >= 5 ? scope[2] : "us-east-1";
    }

    /** {@code [accessKey, date, region, service, "aws4_request"]}, or an empty array. */
    private static String[] credentialScope(String authorization) {
        int at = authorization == null ? -1 : authorization.indexOf("Credential=");
        if (at < 0) {
            return new String[0];
        }
        return authorization
                .substring(at + "Credential=".length())
                .split("[,\\s]")[0]
                .split("/");
    }
}
