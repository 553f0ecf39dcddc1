package dev.cloudtest.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/** Offset pagination with opaque tokens, the way AWS list operations page. */
final class Pages {
    private Pages() {}

    /** One page of {@code all}; {@code next} is null on the last page. */
    record Page<T>(List<T> items, String next) {
        /** The awsJson answer: the items as {@code toJson} writes them under {@code field}, then any nextToken. */
        ObjectNode answer(String field, Function<? super T, ? extends JsonNode> toJson) {
            ObjectNode answer = Json.object();
            ArrayNode array = answer.putArray(field);
            items.forEach(item -> array.add(toJson.apply(item)));
            if (next != null) {
                answer.put("nextToken", next);
            }
            return answer;
        }
    }

    /** The page an awsJson request asks for with its {@code nextToken} and {@code maxResults}. */
    static <T> Page<T> of(JsonNode body, List<T> all, int defaultSize, String tokenError) {
        return of(
                all,
                Json.text(body, "nextToken"),
                CodePipelineApi.intOrNull(body, "maxResults"),
                defaultSize,
                tokenError);
    }

    static <T> Page<T> of(List<T> all, String token, Integer maxResults, int defaultSize, String tokenError) {
        int size = maxResults == null || maxResults <= 0 ? defaultSize : maxResults;
        int from = token == null || token.isEmpty() ? 0 : decode(token, all.size(), tokenError);
        int to = Math.min(all.size(), from + size);
        String next = to < all.size() ? encode(to) : null;
        return new Page<>(List.copyOf(all.subList(from, to)), next);
    }

    private static String encode(int offset) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("cloudtest-page-" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String token, int total, String tokenError) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int offset = Integer.parseInt(text.substring("cloudtest-page-".length()));
            if (text.startsWith("cloudtest-page-") && offset >= 0 && offset <= total) {
                return offset;
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // falls through to the service's own error
        }
        throw AwsError.badRequest(tokenError, "The next token is not valid: " + token);
    }
}
