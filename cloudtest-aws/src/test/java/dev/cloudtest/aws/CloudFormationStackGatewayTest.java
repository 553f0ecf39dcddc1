package dev.cloudtest.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.stack.StackDescription;
import dev.cloudtest.stack.StackExport;
import dev.cloudtest.stack.StackOutput;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class CloudFormationStackGatewayTest extends CannedAwsTest {
    private static final String NS = "xmlns=\"http://cloudformation.amazonaws.com/doc/2010-05-15/\"";

    CloudFormationStackGatewayTest() throws IOException {}

    @Test
    void describesAStackWithItsOutputs() {
        aws.xml(
                "DescribeStacks",
                200,
                "<DescribeStacksResponse " + NS + "><DescribeStacksResult><Stacks><member>"
                        + "<StackName>orders-test-1</StackName><StackId>arn:stack/orders-test-1/1</StackId>"
                        + "<StackStatus>UPDATE_COMPLETE</StackStatus><CreationTime>2026-01-01T00:00:00Z</CreationTime>"
                        + "<Outputs><member><OutputKey>ApiUrl</OutputKey><OutputValue>https://api/prod</OutputValue>"
                        + "<ExportName>api-url-orders-test-1</ExportName></member></Outputs>"
                        + "</member></Stacks></DescribeStacksResult></DescribeStacksResponse>");

        StackDescription stack = new CloudFormationStackGateway(clients)
                .describe("orders-test-1")
                .orElseThrow();

        assertThat(stack.status()).isEqualTo("UPDATE_COMPLETE");
        assertThat(stack.outputs())
                .containsExactly(new StackOutput("ApiUrl", "https://api/prod", "api-url-orders-test-1"));
        assertThat(aws.calls().get(0).body()).contains("StackName=orders-test-1");
    }

    @Test
    void aMissingStackIsEmptyButOtherValidationErrorsAreNot() {
        aws.xml("DescribeStacks", 400, error("ValidationError", "Stack with id nope does not exist"));
        assertThat(new CloudFormationStackGateway(clients).describe("nope")).isEmpty();

        try (CannedAwsServer denied = new CannedAwsServer();
                AwsClients deniedClients = denied.clients()) {
            denied.xml("DescribeStacks", 403, error("AccessDenied", "not authorized to perform DescribeStacks"));
            assertThatThrownBy(() -> new CloudFormationStackGateway(deniedClients).describe("orders"))
                    .isInstanceOf(UserFixableException.class)
                    .hasMessageStartingWith(
                            "AWS answered AccessDenied while calling CloudFormation DescribeStacks: not authorized")
                    .hasMessageContaining("cloudformation:DescribeStacks")
                    .hasMessageContaining("mvn cloudtest:iam-policy");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsEveryPageOfExports() {
        aws.xml(
                        "ListExports",
                        200,
                        "<ListExportsResponse " + NS + "><ListExportsResult><Exports>"
                                + "<member><Name>table-name-test-1</Name><Value>t1</Value><ExportingStackId>s1</ExportingStackId></member>"
                                + "</Exports><NextToken>page2</NextToken></ListExportsResult></ListExportsResponse>")
                .xml(
                        "ListExports",
                        200,
                        "<ListExportsResponse " + NS + "><ListExportsResult><Exports>"
                                + "<member><Name>queue-url-test-1</Name><Value>q1</Value><ExportingStackId>s1</ExportingStackId></member>"
                                + "</Exports></ListExportsResult></ListExportsResponse>");

        assertThat(new CloudFormationStackGateway(clients).exports())
                .containsExactly(
                        new StackExport("table-name-test-1", "t1", "s1"),
                        new StackExport("queue-url-test-1", "q1", "s1"));
        assertThat(aws.calls()).hasSize(2);
        assertThat(aws.calls().get(1).body()).contains("NextToken=page2");
    }

    @Test
    void liveStackNamesLeaveOutDeletedStacksAndNeverFail() {
        aws.xml(
                "ListStacks",
                200,
                "<ListStacksResponse " + NS + "><ListStacksResult><StackSummaries>"
                        + summary("orders-test-1", "UPDATE_COMPLETE") + summary("orders-old", "DELETE_COMPLETE")
                        + "</StackSummaries></ListStacksResult></ListStacksResponse>");
        assertThat(new CloudFormationStackGateway(clients).liveStackNames()).containsExactly("orders-test-1");

        try (CannedAwsServer denied = new CannedAwsServer();
                AwsClients deniedClients = denied.clients()) {
            denied.xml("ListStacks", 403, error("AccessDenied", "no"));
            assertThat(new CloudFormationStackGateway(deniedClients).liveStackNames())
                    .isEmpty();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String summary(String name, String status) {
        return "<member><StackName>" + name + "</StackName><StackId>arn:" + name + "</StackId><StackStatus>" + status
                + "</StackStatus><CreationTime>2026-01-01T00:00:00Z</CreationTime></member>";
    }

    private static String error(String code, String message) {
        return "<ErrorResponse " + NS + "><Error><Type>Sender</Type><Code>" + code + "</Code><Message>" + message
                + "</Message></Error><RequestId>1</RequestId></ErrorResponse>";
    }
}
