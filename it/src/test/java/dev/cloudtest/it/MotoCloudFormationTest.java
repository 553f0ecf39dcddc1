package dev.cloudtest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.ListStackResourcesResponse;
import software.amazon.awssdk.services.cloudformation.model.ResourceStatus;
import software.amazon.awssdk.services.cloudformation.model.StackResourceSummary;

/** The moto dialect of CloudFormation (docs/aws-apis.md §7.2): awsQuery XML, which the SDK reads as it reads AWS. */
class MotoCloudFormationTest {
    @RegisterExtension
    static final LocalAwsTestSupport aws = new LocalAwsTestSupport();

    @Test
    void describeStackResourceOfAMissingLogicalIdIsAValidationError() {
        aws.control.dialect("moto-stack", "moto");
        aws.control.putStack("moto-stack", "{\"outputs\":[{\"OutputKey\":\"Url\",\"OutputValue\":\"https://x\"}]}");

        assertThatThrownBy(() -> aws.cloudFormation.describeStackResource(
                        b -> b.stackName("moto-stack").logicalResourceId("Ghost")))
                .isInstanceOfSatisfying(
                        CloudFormationException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationError"))
                .hasMessageContaining("Resource Ghost does not exist for stack moto-stack");
        assertThat(aws.cloudFormation
                        .describeStacks(b -> b.stackName("moto-stack"))
                        .stacks()
                        .get(0)
                        .outputs()
                        .get(0)
                        .outputValue())
                .isEqualTo("https://x");
    }

    @Test
    void listStackResourcesAnswersEveryResourceInOnePageAsCreateComplete() {
        aws.control.dialect("moto-many", "moto");
        String resources = IntStream.range(0, 150)
                .mapToObj(i -> "{\"LogicalResourceId\":\"Queue" + i + "\",\"PhysicalResourceId\":\"q-" + i
                        + "\",\"ResourceType\":\"AWS::SQS::Queue\",\"ResourceStatus\":\"UPDATE_IN_PROGRESS\"}")
                .collect(Collectors.joining(","));
        aws.control.putStack("moto-many", "{\"resources\":[" + resources + "]}");

        ListStackResourcesResponse first = aws.cloudFormation.listStackResources(b -> b.stackName("moto-many"));

        assertThat(first.nextToken()).isNull();
        assertThat(first.stackResourceSummaries()).hasSize(150);
        assertThat(first.stackResourceSummaries())
                .extracting(StackResourceSummary::resourceStatus)
                .containsOnly(ResourceStatus.CREATE_COMPLETE);
        // The same stack in the AWS dialect pages by 100 and keeps the seeded status.
        aws.control.dialect("moto-many", "aws");
        List<StackResourceSummary> page = aws.cloudFormation
                .listStackResources(b -> b.stackName("moto-many"))
                .stackResourceSummaries();
        assertThat(page).hasSize(100);
        assertThat(page.get(0).resourceStatus()).isEqualTo(ResourceStatus.UPDATE_IN_PROGRESS);
    }
}
