package dev.cloudtest.project;

import dev.cloudtest.core.UserFixableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Decides whether the project is created, has owned fields updated, or is up to date. */
public final class ProjectPlanner {
    private ProjectPlanner() {}

    public static ProjectPlan plan(Optional<ProjectSettings> existing, ProjectRequest request, Optional<String> role) {
        if (existing.isEmpty()) {
            String serviceRole = role.orElseThrow(() -> new UserFixableException("CodeBuild project '"
                    + request.name() + "' does not exist, and creating it needs a service role: set"
                    + " -Dcloudtest.serviceRole=<role name or ARN> (a role that trusts codebuild.amazonaws.com;"
                    + " `mvn cloudtest:iam-policy` prints the policy it needs)."));
            String image = Objects.requireNonNullElse(request.image(), ProjectRequest.DEFAULT_IMAGE);
            String computeType = Objects.requireNonNullElse(request.computeType(), ProjectRequest.DEFAULT_COMPUTE_TYPE);
            ProjectSettings created = new ProjectSettings(
                    request.name(),
                    ProjectSettings.CODEPIPELINE,
                    ProjectSettings.CODEPIPELINE,
                    Objects.requireNonNullElse(request.buildspec(), ProjectRequest.DEFAULT_BUILDSPEC),
                    environmentType(image, computeType),
                    image,
                    computeType,
                    serviceRole,
                    request.shards() > 1 ? request.shards() : 0,
                    !request.buildspecCaches()
                            ? ProjectSettings.NO_CACHE
                            : request.cacheBucket() != null ? ProjectSettings.S3_CACHE : ProjectSettings.LOCAL_CACHE,
                    request.buildspecCaches() ? request.cacheBucket() : null,
                    true);
            return new ProjectPlan(ProjectPlan.Action.CREATE, created, List.of());
        }
        ProjectSettings current = existing.get();
        refuseTakingOver(current, request);
        String image = Objects.requireNonNullElse(request.image(), current.image());
        String computeType = Objects.requireNonNullElse(request.computeType(), current.computeType());
        String buildspec = request.buildspec() != null
                ? request.buildspec()
                : current.buildspec() == null || current.buildspec().isBlank()
                        ? ProjectRequest.DEFAULT_BUILDSPEC
                        : current.buildspec();
        boolean environmentChanged = request.image() != null || request.computeType() != null;
        ProjectSettings desired = new ProjectSettings(
                current.name(),
                ProjectSettings.CODEPIPELINE,
                ProjectSettings.CODEPIPELINE,
                buildspec,
                environmentChanged ? environmentType(image, computeType) : current.environmentType(),
                image,
                computeType,
                role.orElse(current.serviceRole()),
                request.shards() > Math.max(1, current.batchMaxBuilds()) ? request.shards() : current.batchMaxBuilds(),
                cacheFor(current, request),
                cacheFor(current, request).equals(current.cacheType())
                        ? current.cacheLocation()
                        : request.cacheBucket(),
                current.managed());
        List<String> changes = changes(current, desired);
        List<String> warnings = new ArrayList<>();
        boolean ours = current.managed() || request.takeOver();
        boolean noCache = current.cacheType() == null || current.cacheType().equals(ProjectSettings.NO_CACHE);
        if (!ours && request.buildspecCaches() && noCache) {
            warnings.add("The buildspec declares cache.paths but CodeBuild project '" + current.name() + "' has no"
                    + " cache (NO_CACHE), so the cache does nothing. cloudtest did not create the project and leaves"
                    + " it as it is: give it a LOCAL or S3 cache, or let cloudtest do it with"
                    + " -Dcloudtest.project.takeOver=true.");
        }
        return new ProjectPlan(
                changes.isEmpty() ? ProjectPlan.Action.UP_TO_DATE : ProjectPlan.Action.UPDATE,
                desired,
                changes,
                warnings);
    }

    /**
     * A project cloudtest did not create may serve someone else (the Build stage's project, say): when what it
     * runs differs from what the stage needs — its buildspec, source type or artifacts type — it is refused, each
     * difference named, unless the user takes it over on purpose.
     */
    private static void refuseTakingOver(ProjectSettings current, ProjectRequest request) {
        if (current.managed() || request.takeOver()) {
            return;
        }
        String buildspec = Objects.requireNonNullElse(request.buildspec(), ProjectRequest.DEFAULT_BUILDSPEC);
        List<String> differences = new ArrayList<>();
        if (!ProjectSettings.CODEPIPELINE.equals(current.sourceType())) {
            differences.add("its source type is " + current.sourceType() + ", the stage needs CODEPIPELINE");
        }
        if (!ProjectSettings.CODEPIPELINE.equals(current.artifactsType())) {
            differences.add("its artifacts type is " + current.artifactsType() + ", the stage needs CODEPIPELINE");
        }
        if (!buildspec.equals(Objects.requireNonNullElse(current.buildspec(), ""))) {
            differences.add("it runs the buildspec '"
                    + (current.buildspec() == null || current.buildspec().isBlank()
                            ? "buildspec.yml (the default)"
                            : current.buildspec())
                    + "', the stage needs '" + buildspec + "'");
        }
        if (!differences.isEmpty()) {
            throw new UserFixableException("CodeBuild project '" + current.name() + "' exists, was not created by"
                    + " cloudtest, and differs from what the IntegrationTest stage needs: "
                    + String.join("; ", differences) + ". Changing it would change what it does for whoever uses it"
                    + " now. Name another project with -Dcloudtest.project, point -Dcloudtest.buildspec.file at the"
                    + " buildspec it runs, or take it over with -Dcloudtest.project.takeOver=true.");
        }
    }

    /** The environment type an image and compute type need (ARM images, Lambda compute). */
    static String environmentType(String image, String computeType) {
        boolean arm = image.contains("aarch64") || image.contains("arm64");
        if (computeType.startsWith("BUILD_LAMBDA")) {
            return arm ? "ARM_LAMBDA_CONTAINER" : "LINUX_LAMBDA_CONTAINER";
        }
        return arm ? "ARM_CONTAINER" : "LINUX_CONTAINER";
    }

    /**
     * A buildspec with {@code cache.paths} gets a cache that serves them: a project without one gets a LOCAL
     * custom cache (an S3 or LOCAL cache it has stays).
     */
    private static String cacheFor(ProjectSettings current, ProjectRequest request) {
        boolean none = current.cacheType() == null || current.cacheType().equals(ProjectSettings.NO_CACHE);
        boolean ours = current.managed() || request.takeOver();
        // Someone else's project is not given a cache silently: a warning says so instead (see plan()).
        if (!request.buildspecCaches() || !none || !ours) {
            return current.cacheType() == null ? ProjectSettings.NO_CACHE : current.cacheType();
        }
        return request.cacheBucket() != null ? ProjectSettings.S3_CACHE : ProjectSettings.LOCAL_CACHE;
    }

    private static List<String> changes(ProjectSettings a, ProjectSettings b) {
        List<String> changes = new ArrayList<>();
        change(changes, "source.type", a.sourceType(), b.sourceType());
        change(changes, "source.buildspec", a.buildspec(), b.buildspec());
        change(changes, "artifacts.type", a.artifactsType(), b.artifactsType());
        change(changes, "environment.type", a.environmentType(), b.environmentType());
        change(changes, "environment.image", a.image(), b.image());
        change(changes, "environment.computeType", a.computeType(), b.computeType());
        change(changes, "serviceRole", a.serviceRole(), b.serviceRole());
        change(changes, "buildBatchConfig.restrictions.maximumBuildsAllowed", a.batchMaxBuilds(), b.batchMaxBuilds());
        change(changes, "cache.type", a.cacheType(), b.cacheType());
        change(changes, "cache.location", a.cacheLocation(), b.cacheLocation());
        return changes;
    }

    private static void change(List<String> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + before + " -> " + after);
        }
    }
}
