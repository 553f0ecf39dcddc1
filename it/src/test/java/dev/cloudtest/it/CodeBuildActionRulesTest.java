package dev.cloudtest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.codepipeline.model.InvalidActionDeclarationException;
import software.amazon.awssdk.services.codepipeline.model.PipelineDeclaration;
import software.amazon.awssdk.services.codepipeline.model.StageDeclaration;

/** CodeBuild projects are checked for new or changed actions only: seeded pipelines need not seed theirs. */
class CodeBuildActionRulesTest {
    @RegisterExtension
    static final LocalAwsTestSupport aws = new LocalAwsTestSupport();

    @Test
    void anSdkRoundTripKeepsExistingActionsValidWithoutTheirProjects() {
        aws.seedClassic("round-trip");
        PipelineDeclaration current =
                aws.codePipeline.getPipeline(b -> b.name("round-trip")).pipeline();

        assertThat(aws.codePipeline
                        .updatePipeline(b -> b.pipeline(current))
                        .pipeline()
                        .version())
                .isEqualTo(2);
    }

    @Test
    void pointingAnExistingActionAtAMissingProjectIsRefused() {
        aws.seedClassic("repointed");
        PipelineDeclaration current =
                aws.codePipeline.getPipeline(b -> b.name("repointed")).pipeline();
        List<StageDeclaration> stages = new ArrayList<>(current.stages());
        StageDeclaration build = stages.get(1);
        stages.set(
                1,
                build.toBuilder()
                        .actions(build.actions().get(0).toBuilder()
                                .configuration(Map.of("ProjectName", "OtherProject"))
                                .build())
                        .build());

        assertThatThrownBy(() -> aws.codePipeline.updatePipeline(
                        b -> b.pipeline(current.toBuilder().stages(stages).build())))
                .isInstanceOf(InvalidActionDeclarationException.class)
                .hasMessageContaining("the CodeBuild project 'OtherProject' does not exist");
    }
}
