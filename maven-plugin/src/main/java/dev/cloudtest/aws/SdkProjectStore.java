package dev.cloudtest.aws;

import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.project.ProjectSettings;
import dev.cloudtest.project.ProjectStore;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.codebuild.model.ArtifactsType;
import software.amazon.awssdk.services.codebuild.model.BatchRestrictions;
import software.amazon.awssdk.services.codebuild.model.CacheMode;
import software.amazon.awssdk.services.codebuild.model.CacheType;
import software.amazon.awssdk.services.codebuild.model.InvalidInputException;
import software.amazon.awssdk.services.codebuild.model.Project;
import software.amazon.awssdk.services.codebuild.model.ProjectArtifacts;
import software.amazon.awssdk.services.codebuild.model.ProjectBuildBatchConfig;
import software.amazon.awssdk.services.codebuild.model.ProjectCache;
import software.amazon.awssdk.services.codebuild.model.ProjectEnvironment;
import software.amazon.awssdk.services.codebuild.model.ProjectSource;
import software.amazon.awssdk.services.codebuild.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.codebuild.model.SourceType;
import software.amazon.awssdk.services.codebuild.model.Tag;

/**
 * CodeBuild projects through the SDK. Updates start from the project as read and change only the owned
 * fields, so environment variables, VPC, logs, cache and the rest stay as they are.
 */
public final class SdkProjectStore implements ProjectStore {
    private final AwsClients clients;
    private final Map<String, Project> read = new HashMap<>();

    public SdkProjectStore(AwsClients clients) {
        this.clients = clients;
    }

    @Override
    public Optional<ProjectSettings> find(String name) {
        try {
            Optional<Project> project = clients.codeBuild().batchGetProjects(r -> r.names(name)).projects().stream()
                    .filter(p -> name.equals(p.name()))
                    .findFirst();
            project.ifPresent(p -> read.put(name, p));
            return project.map(SdkProjectStore::settings);
        } catch (SdkException e) {
            throw AwsErrors.translate("CodeBuild BatchGetProjects", "reading CodeBuild project '" + name + "'", e);
        }
    }

    @Override
    public void create(ProjectSettings s) {
        try {
            clients.codeBuild().createProject(r -> {
                r.name(s.name())
                        .source(source(ProjectSource.builder(), s))
                        .artifacts(artifacts(ProjectArtifacts.builder()))
                        .environment(environment(ProjectEnvironment.builder(), s))
                        .serviceRole(s.serviceRole())
                        .description("Integration tests run by the pipeline stage cloudtest added")
                        .tags(Tag.builder()
                                .key(ProjectSettings.MANAGED_TAG)
                                .value("true")
                                .build());
                if (s.batchMaxBuilds() > 0) {
                    r.buildBatchConfig(batch(ProjectBuildBatchConfig.builder(), s));
                }
                cache(s).ifPresent(r::cache);
            });
        } catch (ResourceAlreadyExistsException e) {
            throw new UserFixableException("CodeBuild project '" + s.name() + "' was created by someone else while"
                    + " cloudtest was working; run the goal again to check it.");
        } catch (InvalidInputException e) {
            throw iamOrInput(e, "CodeBuild CreateProject", "creating CodeBuild project '" + s.name() + "'");
        } catch (SdkException e) {
            throw AwsErrors.translate("CodeBuild CreateProject", "creating CodeBuild project '" + s.name() + "'", e);
        }
    }

    @Override
    public void update(ProjectSettings s) {
        if (!read.containsKey(s.name())) {
            find(s.name());
        }
        Project base = read.get(s.name());
        try {
            clients.codeBuild().updateProject(r -> {
                r.name(s.name())
                        .source(source(base.source().toBuilder(), s))
                        .artifacts(artifacts(base.artifacts().toBuilder()))
                        .environment(environment(base.environment().toBuilder(), s))
                        .serviceRole(s.serviceRole());
                if (s.batchMaxBuilds() > 0) {
                    ProjectBuildBatchConfig.Builder batch = base.buildBatchConfig() == null
                            ? ProjectBuildBatchConfig.builder()
                            : base.buildBatchConfig().toBuilder();
                    r.buildBatchConfig(batch(batch, s));
                }
                boolean hadNone = base.cache() == null || base.cache().type() == CacheType.NO_CACHE;
                if (hadNone) {
                    cache(s).ifPresent(r::cache);
                }
            });
        } catch (InvalidInputException e) {
            throw iamOrInput(e, "CodeBuild UpdateProject", "updating CodeBuild project '" + s.name() + "'");
        } catch (SdkException e) {
            throw AwsErrors.translate("CodeBuild UpdateProject", "updating CodeBuild project '" + s.name() + "'", e);
        }
    }

    @Override
    public void delete(String name) {
        try {
            clients.codeBuild().deleteProject(r -> r.name(name));
        } catch (SdkException e) {
            throw AwsErrors.translate("CodeBuild DeleteProject", "deleting CodeBuild project '" + name + "'", e);
        }
    }

    // The owned fields, set on a new builder (create) or on the project as read (update).

    /**
     * A location is sent with every CODEPIPELINE source and artifacts: AWS documents that CodePipeline ignores it
     * for that type, and moto refuses CreateProject without one ("Project source location is required"), so the
     * same request works on both.
     */
    private static final String CODEPIPELINE_LOCATION = "codepipeline";

    private static ProjectSource source(ProjectSource.Builder source, ProjectSettings s) {
        return source.type(SourceType.CODEPIPELINE)
                .location(CODEPIPELINE_LOCATION)
                .buildspec(s.buildspec())
                .build();
    }

    private static ProjectArtifacts artifacts(ProjectArtifacts.Builder artifacts) {
        return artifacts
                .type(ArtifactsType.CODEPIPELINE)
                .location(CODEPIPELINE_LOCATION)
                .build();
    }

    private static ProjectEnvironment environment(ProjectEnvironment.Builder environment, ProjectSettings s) {
        return environment
                .type(s.environmentType())
                .image(s.image())
                .computeType(s.computeType())
                .build();
    }

    private static ProjectBuildBatchConfig batch(ProjectBuildBatchConfig.Builder batch, ProjectSettings s) {
        ProjectBuildBatchConfig current = batch.build();
        return batch.serviceRole(current.serviceRole() == null ? s.serviceRole() : current.serviceRole())
                .restrictions(BatchRestrictions.builder()
                        .maximumBuildsAllowed(s.batchMaxBuilds())
                        .build())
                .build();
    }

    /**
     * The cache serving the buildspec's {@code cache.paths}: LOCAL in custom mode (kept on the build host), or S3 at
     * {@code bucket[/prefix]}; none for NO_CACHE.
     */
    private static java.util.Optional<ProjectCache> cache(ProjectSettings s) {
        if (ProjectSettings.LOCAL_CACHE.equals(s.cacheType())) {
            return java.util.Optional.of(ProjectCache.builder()
                    .type(CacheType.LOCAL)
                    .modes(CacheMode.LOCAL_CUSTOM_CACHE)
                    .build());
        }
        if (ProjectSettings.S3_CACHE.equals(s.cacheType()) && s.cacheLocation() != null) {
            return java.util.Optional.of(ProjectCache.builder()
                    .type(CacheType.S3)
                    .location(s.cacheLocation())
                    .build());
        }
        return java.util.Optional.empty();
    }

    /** The IAM-propagation refusal is retried by the caller; any other invalid input is the user's to fix. */
    private static RuntimeException iamOrInput(InvalidInputException e, String operation, String doing) {
        String message = AwsErrors.message(e);
        if (message.contains("ot authorized to perform") || message.contains("AssumeRole")) {
            return new IamNotReady(message);
        }
        return AwsErrors.translate(operation, doing, e);
    }

    private static ProjectSettings settings(Project p) {
        ProjectSource source = p.source();
        ProjectEnvironment environment = p.environment();
        ProjectBuildBatchConfig batch = p.buildBatchConfig();
        return new ProjectSettings(
                p.name(),
                source == null ? null : source.typeAsString(),
                p.artifacts() == null ? null : p.artifacts().typeAsString(),
                source == null ? null : source.buildspec(),
                environment == null ? null : environment.typeAsString(),
                environment == null ? null : environment.image(),
                environment == null ? null : environment.computeTypeAsString(),
                p.serviceRole(),
                batch == null
                                || batch.restrictions() == null
                                || batch.restrictions().maximumBuildsAllowed() == null
                        ? 0
                        : batch.restrictions().maximumBuildsAllowed(),
                p.cache() == null ? ProjectSettings.NO_CACHE : p.cache().typeAsString(),
                p.cache() == null ? null : p.cache().location(),
                p.hasTags() && p.tags().stream().anyMatch(t -> ProjectSettings.MANAGED_TAG.equals(t.key())));
    }
}
