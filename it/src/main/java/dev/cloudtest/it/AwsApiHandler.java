package dev.cloudtest.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers AWS calls on {@code POST /}: awsJson 1.1 services by {@code X-Amz-Target}, the awsQuery service
 * (CloudFormation) by form body. Applies faults, logs every call, and requires a SigV4 Authorization header
 * (its signature is not checked).
 */
final class AwsApiHandler implements HttpHandler {
    private static final String JSON = "application/x-amz-json-1.1";

    private final LocalAwsState state;
    private final Faults faults;
    private final CallLog calls;
    private final Map<String, JsonApi> jsonApis = new LinkedHashMap<>();
    private final QueryApi queryApi;

    AwsApiHandler(LocalAwsState state, Faults faults, CallLog calls, List<JsonApi> jsonApis, QueryApi queryApi) {
        this.state = state;
        this.faults = faults;
        this.calls = calls;
        jsonApis.forEach(api -> this.jsonApis.put(api.targetPrefix(), api));
        this.queryApi = queryApi;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            if (target != null) {
                handleJson(exchange, target);
            } else {
                handleQuery(exchange);
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
            Http.send(exchange, 500, JSON, Json.write(errorJson("InternalFailure", String.valueOf(e))));
        } finally {
            exchange.close();
        }
    }

    private void handleJson(HttpExchange exchange, String target) throws IOException {
        int dot = target.lastIndexOf('.');
        JsonApi api = dot < 0 ? null : jsonApis.get(target.substring(0, dot));
        String operation = target.substring(dot + 1);
        String service = api == null ? "Unknown" : api.service();
        String resource = "";
        try {
            byte[] body = Http.body(exchange);
            requireSignature(exchange);
            if (api == null) {
                throw JsonApi.unknownOperation(target);
            }
            JsonNode request = Json.parseObject(body);
            resource = api.resourceOf(operation, request);
            Dialect dialect = dialect(exchange, resource);
            if (!dialect.implementsOperation(service, operation)) {
                notImplemented(exchange, dialect, new CallLog.Call(service, operation, resource, 0), false);
                return;
            }
            List<Faults.Fault> hits = faults.hit(resource, operation);
            beforeCall(hits, request, false);
            JsonNode answer;
            synchronized (state) {
                answer = api.handle(operation, request, Http.region(authorization(exchange)), dialect);
                afterCall(hits, resource);
            }
            calls.add(new CallLog.Call(service, operation, resource, 200));
            Http.send(exchange, 200, JSON, Json.write(answer));
        } catch (AwsError e) {
            calls.add(new CallLog.Call(service, operation, resource, e.status()));
            exchange.getResponseHeaders().set("x-amzn-ErrorType", e.code());
            Http.send(exchange, e.status(), JSON, Json.write(errorJson(e.code(), e.getMessage())));
        }
    }

    private void handleQuery(HttpExchange exchange) throws IOException {
        String action = "";
        String resource = "";
        try {
            Map<String, String> params = form(Http.body(exchange));
            action = params.getOrDefault("Action", "");
            requireSignature(exchange);
            if (queryApi == null || action.isEmpty()) {
                throw AwsError.badRequest("InvalidAction", "Could not find operation " + action);
            }
            resource = queryApi.resourceOf(action, params);
            Dialect dialect = dialect(exchange, resource);
            if (!dialect.implementsOperation(queryApi.service(), action)) {
                notImplemented(exchange, dialect, new CallLog.Call(queryApi.service(), action, resource, 0), true);
                return;
            }
            List<Faults.Fault> hits = faults.hit(resource, action);
            beforeCall(hits, null, true);
            String answer;
            synchronized (state) {
                answer = queryApi.handle(action, params, Http.region(authorization(exchange)), dialect);
            }
            calls.add(new CallLog.Call(queryApi.service(), action, resource, 200));
            Http.send(exchange, 200, "text/xml", answer);
        } catch (AwsError e) {
            calls.add(
                    new CallLog.Call(queryApi == null ? "Unknown" : queryApi.service(), action, resource, e.status()));
            Http.send(
                    exchange,
                    e.status(),
                    "text/xml",
                    QueryXml.error(queryApi == null ? "" : queryApi.xmlNamespace(), e));
        }
    }

    private Dialect dialect(HttpExchange exchange, String resource) {
        synchronized (state) {
            return state.dialects.of(resource, Http.accessKey(authorization(exchange)));
        }
    }

    /**
     * An operation the emulator of this dialect lacks: LocalStack's 501 InternalFailure in the protocol's error
     * shape.
     */
    private void notImplemented(HttpExchange exchange, Dialect dialect, CallLog.Call call, boolean query)
            throws IOException {
        AwsError error =
                new AwsError(501, "InternalFailure", dialect.localStackMessage(call.service(), call.operation()));
        calls.add(new CallLog.Call(call.service(), call.operation(), call.resource(), 501));
        if (query) {
            Http.send(exchange, 501, "text/xml", QueryXml.error(queryApi.xmlNamespace(), error));
        } else {
            exchange.getResponseHeaders().set("x-amzn-ErrorType", error.code());
            Http.send(exchange, 501, JSON, Json.write(errorJson(error.code(), error.getMessage())));
        }
    }

    private void beforeCall(List<Faults.Fault> hits, JsonNode request, boolean query) {
        for (Faults.Fault fault : hits) {
            switch (fault.kind) {
                case "slow" -> sleep(fault.delayMillis);
                case "throttle" -> throw AwsError.badRequest(
                        query ? "Throttling" : "ThrottlingException", "Rate exceeded");
                case "http500" -> throw new AwsError(
                        500,
                        query ? "InternalFailure" : "InternalFailure",
                        "We encountered an internal error. Please try again.");
                case "conflict" -> throw AwsError.badRequest(
                        "ConflictException", "The pipeline is busy handling ongoing activities. Try again later.");
                case "iam-propagation" -> throw ProjectValidator.notAuthorized(roleOf(request));
                default -> {
                    // concurrent-writer acts after the call
                }
            }
        }
    }

    /** The role a CreateProject/UpdateProject call is about: the one sent, else the project's stored one. */
    private String roleOf(JsonNode request) {
        String role = request == null ? null : Json.text(request, "serviceRole");
        if (role == null && request != null) {
            synchronized (state) {
                role = Json.text(state.codeBuild.project(Json.text(request, "name")), "serviceRole");
            }
        }
        return role == null ? "the project's service role" : role;
    }

    private void afterCall(List<Faults.Fault> hits, String resource) {
        for (Faults.Fault fault : hits) {
            if (fault.kind.equals("concurrent-writer")) {
                ForeignWriter.edit(state.pipelines, resource, fault.edit, state.now());
            }
        }
    }

    private static void requireSignature(HttpExchange exchange) {
        String authorization = authorization(exchange);
        if (authorization == null || !authorization.startsWith("AWS4-HMAC-SHA256")) {
            throw new AwsError(403, "MissingAuthenticationTokenException", "Missing Authentication Token");
        }
    }

    private static String authorization(HttpExchange exchange) {
        return exchange.getRequestHeaders().getFirst("Authorization");
    }

    private static JsonNode errorJson(String code, String message) {
        return Json.object().put("__type", code).put("message", message);
    }

    private static Map<String, String> form(byte[] body) {
        Map<String, String> params = new LinkedHashMap<>();
        String text = new String(body, StandardCharsets.UTF_8);
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
        return params;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
