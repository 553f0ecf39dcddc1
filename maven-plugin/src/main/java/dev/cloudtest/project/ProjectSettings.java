package dev.cloudtest.project;

/**
 * The fields of a CodeBuild project that cloudtest owns. Source and artifacts are always of type
 * {@code CODEPIPELINE}; the pipeline hands the action its input.
 *
 * @param name project name
 * @param sourceType {@code CODEPIPELINE} when right
 * @param artifactsType {@code CODEPIPELINE} when right
 * @param buildspec the buildspec file name, relative to the input artifact's root
 * @param environmentType {@code LINUX_CONTAINER}, {@code ARM_CONTAINER}, ...
 * @param image build image
 * @param computeType compute type
 * @param serviceRole service role ARN
 * @param batchMaxBuilds the batch configuration's build limit; 0 when the project has no batch configuration
 * @param cacheType {@code NO_CACHE}, {@code LOCAL} (custom cache mode) or {@code S3}
 * @param cacheLocation for an S3 cache, {@code bucket[/prefix]}; else null
 * @param managed created by cloudtest (tagged {@link #MANAGED_TAG}); a project that is not is never taken over
 *     silently
 */
public record ProjectSettings(
        String name,
        String sourceType,
        String artifactsType,
        String buildspec,
        String environmentType,
        String image,
        String computeType,
        String serviceRole,
        int batchMaxBuilds,
        String cacheType,
        String cacheLocation,
        boolean managed) {

    /** A project cache that serves the buildspec's {@code cache.paths} across builds on the same host. */
    public static final String LOCAL_CACHE = "LOCAL";

    public static final String NO_CACHE = "NO_CACHE";

    /** A cache in an S3 bucket: shared by every build host, kept across days. */
    public static final String S3_CACHE = "S3";

    public static final String CODEPIPELINE = "CODEPIPELINE";

    /** The tag cloudtest puts on a project it creates: only such a project is changed without asking. */
    public static final String MANAGED_TAG = "cloudtest:managed";
}
