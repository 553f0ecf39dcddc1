package dev.cloudtest.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudtest.core.RecordingReporter;
import dev.cloudtest.core.ResultFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackValueFilesTest {
    private static final String TRICKY = " a=b:c #d !e\\f\ng ü";

    private final StackValues values = new StackValues(
            "orders-test-1",
            "arn:stack/orders-test-1/1",
            "UPDATE_COMPLETE",
            Map.of("ApiUrl", "https://x/prod?a=1&b=$HOME", "Tricky", TRICKY, "Quote", "it's \"$(rm -rf /)\" `x` \\"),
            Map.of("table-name-orders-test-1", "orders"),
            Map.of("OrdersTable", "orders-OrdersTable-1X"));

    @Test
    void propertiesReadBackExactlyEitherWay(@TempDir Path dir) throws IOException {
        StackValueFiles.write(dir, values, Map.of(), new RecordingReporter());
        Path file = dir.resolve("stack.properties");

        Properties asBytes = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            asBytes.load(in);
        }
        Properties asText = new Properties();
        asText.load(new StringReader(Files.readString(file)));

        for (Properties read : new Properties[] {asBytes, asText}) {
            assertThat(read.getProperty("cloudtest.output.Tricky")).isEqualTo(TRICKY);
            assertThat(read.getProperty("cloudtest.output.ApiUrl")).isEqualTo("https://x/prod?a=1&b=$HOME");
            assertThat(read.getProperty("cloudtest.export.table-name-orders-test-1"))
                    .isEqualTo("orders");
            assertThat(read.getProperty("cloudtest.resource.OrdersTable")).isEqualTo("orders-OrdersTable-1X");
            assertThat(read.getProperty("cloudtest.stackName")).isEqualTo("orders-test-1");
            assertThat(read).hasSize(6);
        }
    }

    @Test
    void aLeasedStacksFenceGoesWithItsValues(@TempDir Path dir) throws IOException {
        StackValueFiles.write(dir, values, OptionalLong.of(42), Map.of(), new RecordingReporter());

        Properties read = load(dir.resolve("stack.properties"));
        assertThat(read.getProperty("cloudtest.stackName")).isEqualTo("orders-test-1");
        assertThat(read.getProperty("cloudtest.stack.fence")).isEqualTo("42");
        assertThat(read.getProperty("cloudtest.output.ApiUrl")).isEqualTo("https://x/prod?a=1&b=$HOME");
    }

    @Test
    void aNewLeaseReplacesTheFilesOfTheStackHeldBefore(@TempDir Path dir) throws IOException {
        StackValueFiles.write(dir, values, Map.of(), new RecordingReporter());

        StackValueFiles.startLease(dir, "orders-pool-02", 7);

        Properties read = load(dir.resolve("stack.properties"));
        assertThat(read)
                .containsOnly(
                        Map.entry("cloudtest.stackName", "orders-pool-02"), Map.entry("cloudtest.stack.fence", "7"));
        assertThat(dir.resolve("stack.env")).doesNotExist();
        assertThat(dir.resolve("stack-outputs.json")).doesNotExist();
    }

    @Test
    void releasingForgetsTheReleasedStacksFilesOnly(@TempDir Path dir) throws IOException {
        StackValueFiles.write(dir, values, OptionalLong.of(3), Map.of(), new RecordingReporter());

        StackValueFiles.forgetLeased(dir, "orders-pool-09");
        assertThat(dir.resolve("stack.properties"))
                .as("another stack's files stay")
                .exists();

        StackValueFiles.forgetLeased(dir, "orders-test-1");
        assertThat(dir.resolve("stack.properties")).doesNotExist();
        assertThat(dir.resolve("stack.env")).doesNotExist();
        assertThat(dir.resolve("stack-outputs.json")).doesNotExist();
        StackValueFiles.forgetLeased(dir, "orders-test-1"); // nothing left: no error
    }

    private static Properties load(Path file) throws IOException {
        Properties read = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            read.load(in);
        }
        return read;
    }

    @Test
    void dotenvNamesAreUpperSnakeCaseAndValuesNeverExpand(@TempDir Path dir) throws IOException {
        StackValueFiles.write(dir, values, Map.of(), new RecordingReporter());

        assertThat(Files.readAllLines(dir.resolve("stack.env")))
                .contains(
                        "CLOUDTEST_OUTPUT_API_URL='https://x/prod?a=1&b=$HOME'",
                        "CLOUDTEST_OUTPUT_QUOTE=\"it's \\\"\\$(rm -rf /)\\\" \\`x\\` \\\\\"",
                        "CLOUDTEST_EXPORT_TABLE_NAME_ORDERS_TEST_1='orders'",
                        "CLOUDTEST_RESOURCE_ORDERS_TABLE='orders-OrdersTable-1X'");
    }

    @Test
    void envNames() {
        assertThat(StackValueFiles.envName("ApiUrl")).isEqualTo("API_URL");
        assertThat(StackValueFiles.envName("APIEndpoint")).isEqualTo("API_ENDPOINT");
        assertThat(StackValueFiles.envName("table-name-test-1")).isEqualTo("TABLE_NAME_TEST_1");
        assertThat(StackValueFiles.envName("ns:Queue2Url")).isEqualTo("NS_QUEUE2_URL");
    }

    @Test
    void namesThatCollideInDotenvAreWarnedAbout() {
        RecordingReporter reporter = new RecordingReporter();
        StackValues clash = new StackValues(
                "s", "id", "CREATE_COMPLETE", Map.of("ApiUrl", "1", "API_URL", "2"), Map.of(), Map.of());

        String dotenv = StackValueFiles.dotenv(clash, reporter);

        assertThat(dotenv.lines().filter(l -> l.startsWith("CLOUDTEST_OUTPUT_API_URL=")))
                .hasSize(1);
        assertThat(reporter.text()).contains("'ApiUrl' maps to CLOUDTEST_OUTPUT_API_URL");
    }

    @Test
    void theJsonResultHasTheValuesAndTheCalls(@TempDir Path dir) throws IOException {
        StackValueFiles.write(dir, values, Map.of("CloudFormation.DescribeStacks", 1), new RecordingReporter());

        JsonNode json =
                ResultFiles.json().readTree(dir.resolve("stack-outputs.json").toFile());
        assertThat(json.path("stackName").asText()).isEqualTo("orders-test-1");
        assertThat(json.path("outputs").path("ApiUrl").asText()).isEqualTo("https://x/prod?a=1&b=$HOME");
        assertThat(json.path("awsCalls").path("CloudFormation.DescribeStacks").asInt())
                .isEqualTo(1);
    }

    @Test
    void theValueFilesAreOwnerOnly(@TempDir Path dir) throws IOException {
        List<Path> written = StackValueFiles.write(dir, values, Map.of(), new RecordingReporter());

        assertThat(written)
                .extracting(Path::getFileName)
                .extracting(Path::toString)
                .containsExactly("stack.properties", "stack.env", "stack-outputs.json");
        for (Path file : written) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .as("%s", file)
                    .isEqualTo("rw-------");
        }
    }
}
