package dev.cloudtest.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudtest.aws.AwsClients;
import dev.cloudtest.aws.AwsSettings;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.codebuild.model.ArtifactsType;
import software.amazon.awssdk.services.codebuild.model.ComputeType;
import software.amazon.awssdk.services.codebuild.model.EnvironmentType;
import software.amazon.awssdk.services.codebuild.model.Project;
import software.amazon.awssdk.services.codebuild.model.SourceType;
import software.amazon.awssdk.services.codepipeline.model.PipelineSummary;

/**
 * The plugin's own clients ({@link AwsClients}, with its emulator-timestamp interceptor) read the moto answers
 * that the bare SDK 2.40.2 client cannot (Moto*Test show those failures).
 */
class MotoThroughPluginClientsTest {
    @RegisterExtension
    static final LocalAwsTestSupport aws = new LocalAwsTestSupport();

    private static AwsClients clients;

    @BeforeAll
    static void start() {
        System.setProperty("aws.accessKeyId", "AKIDPLUGIN");
        System.setProperty("aws.secretAccessKey", "secret");
        aws.control.accessKeyDialect("AKIDPLUGIN", "moto");
        clients = AwsClients.open(
                AwsSettings.of("us-east-1", null, aws.server.endpoint().toString()));
    }

    @AfterAll
    static void stop() {
        clients.close();
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    @Test
    void getPipelineAndListPipelinesReadIsoTimes() {
        aws.seedClassic("plugin-moto-get");

        assertThat(clients.codePipeline()
                        .getPipeline(b -> b.name("plugin-moto-get"))
                        .metadata()
                        .created())
                .isEqualTo(Instant.parse("2025-03-01T10:15:30.123Z"));
        assertThat(clients.codePipeline().listPipelines(b -> {}).pipelines())
                .extracting(PipelineSummary::name)
                .contains("plugin-moto-get");
    }

    @Test
    void createProjectAndBatchGetProjectsReadIsoTimes() {
        Project created = clients.codeBuild()
                .createProject(b -> b.name("plugin-moto-project")
                        .source(s -> s.type(SourceType.CODEPIPELINE).location("codepipeline"))
                        .artifacts(a -> a.type(ArtifactsType.CODEPIPELINE).location("codepipeline"))
                        .environment(e -> e.type(EnvironmentType.LINUX_CONTAINER)
                                .image("aws/codebuild/standard:7.0")
                                .computeType(ComputeType.BUILD_GENERAL1_SMALL))
                        .serviceRole("arn:aws:iam::123456789012:role/codebuild-it"))
                .project();

        assertThat(created.created()).isEqualTo(Instant.ofEpochMilli(aws.clock.get()));
        assertThat(clients.codeBuild()
                        .batchGetProjects(b -> b.names("plugin-moto-project"))
                        .projects())
                .extracting(Project::name)
                .containsExactly("plugin-moto-project");
    }

    @Test
    void batchGetBuildsReadsIsoTimes() {
        aws.control.putBuild("plugin-moto-builds:b-1", "{\"buildStatus\":\"FAILED\"}");

        assertThat(clients.codeBuild()
                        .batchGetBuilds(b -> b.ids("plugin-moto-builds:b-1"))
                        .builds()
                        .get(0)
                        .startTime())
                .isEqualTo(Instant.ofEpochMilli(aws.clock.get()));
    }
}
