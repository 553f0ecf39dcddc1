package dev.cloudtest.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The skew warning through the real SDK against a canned DynamoDB: the canned server's HTTP stack stamps each answer
 * with its real {@code Date}, and the local clock given to the interceptor is skewed.
 */
class ClockSkewWarningTest {
    private static final String EMPTY_QUERY = "{\"Count\":0,\"Items\":[],\"ScannedCount\":0}";

    private List<String> query(Duration localSkew, Duration threshold) throws Exception {
        List<String> warnings = new ArrayList<>();
        try (CannedAwsServer server = new CannedAwsServer();
                AwsClients aws = server.clients()) {
            server.json("Query", 200, EMPTY_QUERY);
            ClockSkewWarning skew = new ClockSkewWarning(
                    threshold, Duration.ofMinutes(2), () -> Instant.now().plus(localSkew), warnings::add);
            DynamoDbLeaseStore store = DynamoDbLeaseStore.in(aws, "pool-table", skew);
            store.slots("it");
            store.slots("it");
            assertThat(server.calls())
                    .extracting(CannedAwsServer.Call::operation)
                    .containsExactly("Query", "Query");
        }
        return warnings;
    }

    @Test
    void aClockAheadOfAwsByMoreThanTheThresholdIsNamedOnceWithBothTimesAndTheFix() throws Exception {
        List<String> warnings = query(Duration.ofSeconds(90), Duration.ofSeconds(5));

        assertThat(warnings)
                .singleElement()
                .asString()
                .containsPattern("clock is 1m(29|30|31)s ahead of AWS's")
                .containsPattern("local 20\\d\\d-\\d\\d-\\d\\dT[0-9:]+Z, AWS Date header 20\\d\\d-")
                .contains("the pool's takeover grace (2m00s)")
                .contains("NTP");
    }

    @Test
    void aClockBehindBeyondTheGraceSaysALiveLeaseCanBeTakenOver() throws Exception {
        assertThat(query(Duration.ofMinutes(-3), Duration.ofSeconds(5)))
                .singleElement()
                .asString()
                .containsPattern("(2m59s|3m00s|3m01s) behind AWS's")
                .contains("above the pool's takeover grace (2m00s) a live lease can be taken over early");
    }

    @Test
    void aSyncedClockGivesNoWarning() throws Exception {
        assertThat(query(Duration.ZERO, Duration.ofSeconds(5))).isEmpty();
    }

    @Test
    void aDateHeaderIsParsedAsRfc1123() {
        assertThat(ClockSkewWarning.parse("Thu, 03 Dec 2026 17:24:07 GMT"))
                .contains(Instant.parse("2026-12-03T17:24:07Z"));
        assertThat(ClockSkewWarning.parse("yesterday")).isEmpty();
    }
}
