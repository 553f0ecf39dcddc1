package dev.cloudtest.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The tests' control API under {@code /_cloudtest/} (contract: it/LOCAL-AWS.md). */
final class ControlApi implements HttpHandler {
    private static final String JSON = "application/json";

    private final LocalAwsState state;
    private final Faults faults;
    private final CallLog calls;
    private final ControlSeeds seeds;

    ControlApi(LocalAwsState state, Faults faults, CallLog calls) {
        this.state = state;
        this.faults = faults;
        this.calls = calls;
        this.seeds = new ControlSeeds(state);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            List<String> path = Arrays.stream(
                            exchange.getRequestURI().getRawPath().split("/"))
                    .filter(s -> !s.isEmpty())
                    .skip(1)
                    .map(s -> URLDecoder.decode(s, StandardCharsets.UTF_8))
                    .toList();
            byte[] body = Http.body(exchange);
            JsonNode answer = route(method, path, body, exchange.getRequestURI().getRawQuery());
            if (answer == null) {
                Http.send(
                        exchange,
                        404,
                        JSON,
                        Json.write(Json.object()
                                .put(
                                        "error",
                                        "Not found: " + method + " "
                                                + exchange.getRequestURI().getPath())));
            } else {
                Http.send(exchange, 200, JSON, Json.write(answer));
            }
        } catch (IllegalArgumentException | AwsError e) {
            Http.send(exchange, 400, JSON, Json.write(Json.object().put("error", e.getMessage())));
        } catch (RuntimeException e) {
            e.printStackTrace();
            Http.send(exchange, 500, JSON, Json.write(Json.object().put("error", String.valueOf(e))));
        } finally {
            exchange.close();
        }
    }

    private JsonNode route(String method, List<String> path, byte[] body, String query) {
        String route = method + " "
                + String.join(
                        "/", path.stream().map(s -> s.contains("/") ? "*" : s).toList());
        if (route.equals("GET health")) {
            return Json.object().put("status", "ok");
        }
        if (route.equals("GET calls")) {
            return calls.json(queryParam(query, "resource"));
        }
        if (route.equals("POST faults")) {
            faults.add(Json.parseObject(body));
            return Json.object().put("status", "added");
        }
        if (route.equals("POST reset")) {
            synchronized (state) {
                state.reset();
            }
            faults.clear();
            calls.clear();
            return Json.object().put("status", "reset");
        }
        if (route.equals("PUT dialect") || route.equals("GET dialect")) {
            synchronized (state) {
                return route.startsWith("PUT")
                        ? state.dialects.set(bodyObject(body))
                        : state.dialects.describe(queryParam(query, "resource"), queryParam(query, "accessKeyId"));
            }
        }
        if (path.size() < 3) {
            return null;
        }
        synchronized (state) {
            return seeds.route(method, path, body, queryParam(query, "version"));
        }
    }

    static String queryParam(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0
                    && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8)
                            .equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    static ObjectNode bodyObject(byte[] body) {
        try {
            return Json.parseObject(body);
        } catch (AwsError e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }
}
