package dev.cloudtest.it;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Offset pagination with opaque tokens, the way AWS list operations page. */
final class Pages {
    private Pages() {}

    /** One page of {@code all}; {@code next} is null on the last page. */
    record Page<T>(List<T> items, String next) {}

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
