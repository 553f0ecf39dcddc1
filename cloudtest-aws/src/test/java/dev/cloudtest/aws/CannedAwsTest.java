package dev.cloudtest.aws;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;

/** A test of adapters through the real SDK: a fresh canned server and clients per test, closed after it. */
abstract class CannedAwsTest {
    protected final CannedAwsServer aws;
    protected final AwsClients clients;

    CannedAwsTest() throws IOException {
        aws = new CannedAwsServer();
        clients = aws.clients();
    }

    @AfterEach
    void closeServer() {
        aws.close();
    }
}
