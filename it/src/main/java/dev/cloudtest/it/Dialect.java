package dev.cloudtest.it;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * How the endpoint answers a call: like AWS, or like LocalStack (which the build cannot run). Chosen per resource
 * name (or per access key id, for calls without a resource) through the control API. moto is not emulated: the
 * moto-* invoker ITs run against the real moto server the build starts.
 */
enum Dialect {
    AWS(Set.of()),
    /**
     * LocalStack with CodePipeline (Ultimate plan): its API coverage pages list the report APIs of CodeBuild as
     * not implemented; the CodePipeline operations the plugin uses are all implemented.
     */
    LOCALSTACK(LocalStackCoverage.REPORTS),
    /** LocalStack on a plan without CodePipeline (its coverage page: "available starting with the Ultimate plan"). */
    LOCALSTACK_BASE(LocalStackCoverage.REPORTS_AND_CODEPIPELINE);

    private final Set<String> unimplemented;

    Dialect(Set<String> unimplemented) {
        this.unimplemented = unimplemented;
    }

    /** False for the operations this dialect's emulator does not have ({@code Service.*}: none of the service). */
    boolean implementsOperation(String service, String operation) {
        return !unimplemented.contains(service + "." + operation) && !unimplemented.contains(service + ".*");
    }

    /**
     * LocalStack's message (localstack/localstack#12547) for an operation it lacks, or, when the whole service is
     * missing from the plan, for the service.
     */
    String localStackMessage(String service, String operation) {
        String id = service.toLowerCase(Locale.ROOT);
        String coverage = "https://docs.localstack.cloud/references/coverage/coverage_" + id;
        if (unimplemented.contains(service + ".*")) {
            return "The API for service '" + id + "' is either not included in your current license plan or has"
                    + " not yet been emulated by LocalStack. Please refer to " + coverage + " for more information.";
        }
        return "The API action '" + operation + "' for service '" + id + "' is either not available in your current"
                + " license plan or has not yet been emulated by LocalStack. Please refer to " + coverage
                + " for more information.";
    }

    String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Dialect parse(String name) {
        for (Dialect dialect : values()) {
            if (dialect.wireName().equals(name)) {
                return dialect;
            }
        }
        throw new IllegalArgumentException("Unknown dialect '" + name + "'; known: "
                + Arrays.stream(values()).map(Dialect::wireName).toList());
    }

    /** From LocalStack's API coverage pages (docs.localstack.cloud/api-coverage/v1/services/*.md). */
    private static final class LocalStackCoverage {
        /** The CodeBuild report operations marked "Not implemented". */
        static final Set<String> REPORTS = Set.of(
                "CodeBuild.BatchGetReports",
                "CodeBuild.BatchGetReportGroups",
                "CodeBuild.CreateReportGroup",
                "CodeBuild.DeleteReport",
                "CodeBuild.DeleteReportGroup",
                "CodeBuild.DescribeTestCases",
                "CodeBuild.GetReportGroupTrend");

        static final Set<String> REPORTS_AND_CODEPIPELINE = plus(REPORTS, "CodePipeline.*");

        private static Set<String> plus(Set<String> operations, String more) {
            Set<String> all = new java.util.HashSet<>(operations);
            all.add(more);
            return Set.copyOf(all);
        }
    }
}
