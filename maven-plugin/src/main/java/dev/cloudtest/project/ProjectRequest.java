package dev.cloudtest.project;

import dev.cloudtest.core.Arn;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.model.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The CodeBuild project the user asked for. A field left {@code null} keeps what an existing project has and
 * takes the default only when the project is created, so a re-run never undoes a deliberate console change.
 *
 * @param name {@code cloudtest.project}
 * @param buildspec {@code cloudtest.buildspec.file}
 * @param image {@code cloudtest.image}
 * @param computeType {@code cloudtest.computeType}
 * @param serviceRole {@code cloudtest.serviceRole}, a role ARN or name
 * @param shards {@code cloudtest.shards}
 */
public record ProjectRequest(
        String name,
        String buildspec,
        String image,
        String computeType,
        String serviceRole,
        int shards,
        boolean takeOver,
        boolean buildspecCaches,
        String cacheBucket) {

    public static final String DEFAULT_BUILDSPEC = "integration_buildspec.yml";
    /** Amazon Linux 2023 standard image 5.0: Corretto 8-25, Java 17 by default, Maven 3.9. */
    public static final String DEFAULT_IMAGE = "aws/codebuild/amazonlinux-x86_64-standard:5.0";

    public static final String DEFAULT_COMPUTE_TYPE = "BUILD_GENERAL1_SMALL";

    public ProjectRequest {
        buildspec = blankToNull(buildspec);
        image = blankToNull(image);
        computeType = blankToNull(computeType);
        serviceRole = blankToNull(serviceRole);
        cacheBucket = blankToNull(cacheBucket);
    }

    /** The parameters' own problems, each naming the parameter. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Names.PROJECT.problem(name).ifPresent(p -> problems.add("cloudtest.project: " + p));
        if (buildspec != null && (buildspec.length() > 1000 || buildspec.contains("\n"))) {
            problems.add("cloudtest.buildspec.file: give the buildspec's file name (one line), for example "
                    + DEFAULT_BUILDSPEC);
        }
        if (computeType != null && !computeType.matches("[A-Z0-9_]+")) {
            problems.add("cloudtest.computeType '" + computeType + "' is not a CodeBuild compute type such as "
                    + DEFAULT_COMPUTE_TYPE);
        }
        if (cacheBucket != null
                && !cacheBucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/[A-Za-z0-9!_.*'()/-]{1,500})?")) {
            problems.add("cloudtest.project.cacheBucket '" + cacheBucket + "' is not an S3 bucket name (optionally"
                    + " /prefix), for example my-ci-cache/integration");
        }
        if (serviceRole != null && !Arn.isRoleNameOrArn(serviceRole)) {
            problems.add("cloudtest.serviceRole '" + serviceRole + "' is neither a role ARN nor a role name");
        }
        return problems;
    }

    /**
     * The service role as an ARN: an ARN as given, a name (optionally with a path) in the pipeline's account.
     */
    public Optional<String> serviceRoleArn(Optional<String> partition, Optional<String> account) {
        if (serviceRole == null) {
            return Optional.empty();
        }
        if (account.isEmpty() && !serviceRole.startsWith("arn:")) {
            throw new UserFixableException("cloudtest.serviceRole '" + serviceRole
                    + "' is a role name and the pipeline's account is unknown; give the full role ARN.");
        }
        return Optional.of(Arn.ofRole(serviceRole, partition.orElse("aws"), account.orElse("")));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
