package dev.cloudtest.pipeline;

/** What an edit learns as it goes, for its {@link EditResult}; each goal fills in what applies to it. */
final class EditDetails {
    String kind;
    String project;
    Boolean dryRun;
    Long versionBefore;
    Long versionAfter;
    Integer pipelineWrites;
    Integer foreignWritesDetected;
    Boolean projectDeleted;
    String updatedFile;
    String createProjectFile;
    String error;

    EditDetails kind(PipelinePlan plan) {
        this.kind = plan.kind().name();
        return this;
    }
}
