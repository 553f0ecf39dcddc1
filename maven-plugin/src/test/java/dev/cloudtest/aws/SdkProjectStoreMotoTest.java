package dev.cloudtest.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudtest.core.EnvironmentException;
import dev.cloudtest.project.ProjectSettings;
import dev.cloudtest.testlib.MotoExtension;
import dev.cloudtest.testlib.MotoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The project adapter against the real moto server, as a user running cloudtest on moto meets it. */
@ExtendWith(MotoExtension.class)
class SdkProjectStoreMotoTest {
    private static final ProjectSettings PROJECT = new ProjectSettings(
            "it-moto",
            ProjectSettings.CODEPIPELINE,
            ProjectSettings.CODEPIPELINE,
            "buildspec-it.yml",
            "LINUX_CONTAINER",
            "aws/codebuild/standard:7.0",
            "BUILD_GENERAL1_SMALL",
            "arn:aws:iam::123456789012:role/codebuild-it",
            0,
            "NO_CACHE",
            null,
            true);

    private static AwsClients clients(MotoServer moto) {
        System.setProperty("aws.accessKeyId", "AKIAIOSFODNN7EXAMPLE");
        System.setProperty("aws.secretAccessKey", "moto-secret");
        return AwsClients.open(AwsSettings.of("us-east-1", null, moto.endpoint().toString()));
    }

    @Test
    void createsTheCodePipelineProjectMotoDemandsALocationFor(MotoServer moto) {
        moto.reset();
        try (AwsClients clients = clients(moto)) {
            SdkProjectStore store = new SdkProjectStore(clients);

            store.create(PROJECT);

            ProjectSettings read = store.find("it-moto").orElseThrow();
            assertThat(read.sourceType()).isEqualTo("CODEPIPELINE");
            assertThat(read.artifactsType()).isEqualTo("CODEPIPELINE");
            assertThat(read.buildspec()).isEqualTo("buildspec-it.yml");
        }
    }

    @Test
    void updateProjectMotoLacksEndsWithAMessageNamingIt(MotoServer moto) {
        moto.reset();
        try (AwsClients clients = clients(moto)) {
            SdkProjectStore store = new SdkProjectStore(clients);
            store.create(PROJECT);

            assertThatThrownBy(() -> store.update(PROJECT))
                    .isInstanceOf(EnvironmentException.class)
                    .hasMessageStartingWith("The endpoint answered HTTP 500 without an AWS error while updating"
                            + " CodeBuild project 'it-moto'")
                    .hasMessageContaining("CodeBuild UpdateProject");
        }
    }
}
