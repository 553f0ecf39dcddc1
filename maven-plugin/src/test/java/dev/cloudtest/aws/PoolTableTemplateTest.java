package dev.cloudtest.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudtest.pool.LeaseTerms;
import dev.cloudtest.testlib.MotoExtension;
import dev.cloudtest.testlib.MotoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * docs/pool-table.yaml, the documented lease table: its key schema is the one DynamoDbLeaseStore writes, it has no
 * TTL, its default name is the goals' default table, and it deploys on moto into a table the store works with.
 */
@ExtendWith(MotoExtension.class)
class PoolTableTemplateTest {
    private static final Path TEMPLATE = Path.of("../docs/pool-table.yaml");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> template() throws Exception {
        return (Map<String, Object>)
                new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(TEMPLATE));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theKeySchemaIsTheOneTheLeaseStoreWrites() throws Exception {
        Map<String, Object> table =
                (Map<String, Object>) ((Map<String, Object>) template().get("Resources")).get("PoolTable");
        Map<String, Object> properties = (Map<String, Object>) table.get("Properties");

        assertThat(table.get("Type")).isEqualTo("AWS::DynamoDB::Table");
        assertThat((List<Map<String, Object>>) properties.get("KeySchema"))
                .containsExactly(
                        Map.of("AttributeName", DynamoDbLeaseStore.PARTITION_KEY, "KeyType", "HASH"),
                        Map.of("AttributeName", DynamoDbLeaseStore.SORT_KEY, "KeyType", "RANGE"));
        assertThat((List<Map<String, Object>>) properties.get("AttributeDefinitions"))
                .containsExactlyInAnyOrder(
                        Map.of("AttributeName", DynamoDbLeaseStore.PARTITION_KEY, "AttributeType", "S"),
                        Map.of("AttributeName", DynamoDbLeaseStore.SORT_KEY, "AttributeType", "S"));
        assertThat(properties.get("BillingMode")).isEqualTo("PAY_PER_REQUEST");
        assertThat(properties).doesNotContainKey("TimeToLiveSpecification");
        Map<String, Object> name =
                (Map<String, Object>) ((Map<String, Object>) template().get("Parameters")).get("TableName");
        assertThat(name.get("Default"))
                .as("the goals' default cloudtest.pool.table")
                .isEqualTo("cloudtest-stack-pool");
    }

    @Test
    void itDeploysOnMotoIntoATableTheLeaseStoreUses(MotoServer moto) throws Exception {
        moto.reset();
        System.setProperty("aws.accessKeyId", "AKIAIOSFODNN7EXAMPLE");
        System.setProperty("aws.secretAccessKey", "moto-secret");
        try (AwsClients aws = AwsClients.open(
                AwsSettings.of("us-east-1", null, moto.endpoint().toString()))) {
            aws.cloudFormation().createStack(b -> b.stackName("pool-table")
                    .templateBody(readTemplate())
                    .parameters(p -> p.parameterKey("TableName").parameterValue("pool-from-template")));
            DynamoDbLeaseStore store = new DynamoDbLeaseStore(aws.client(DynamoDbClient.class), "pool-from-template");
            Instant now = Instant.parse("2026-01-01T00:00:00Z");

            assertThat(store.create(
                            "it", "stack#01", "it-01", new LeaseTerms("l", "h", "b", "c", now, now.plusSeconds(60))))
                    .isPresent();
            assertThat(store.slots("it")).singleElement().satisfies(s -> assertThat(s.stackName())
                    .isEqualTo("it-01"));
        }
    }

    private static String readTemplate() {
        try {
            return Files.readString(TEMPLATE);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
