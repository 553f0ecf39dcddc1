package dev.cloudtest.it;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * How the endpoint answers a call: like AWS, or like an emulator the plugin must also work against. Chosen per
 * resource name (or per access key id, for calls without a resource) through the control API.
 */
enum Dialect {
    AWS(Set.of(), false),
    /**
     * moto server (getmoto/moto @0af643a, docs/aws-apis.md §7): ISO-8601 strings where AWS sends epoch numbers, its
     * own validation, no pagination where it has none, and HTTP 500 for the operations it does not implement.
     */
    MOTO(
            Set.of(
                    "CodePipeline.StartPipelineExecution",
                    "CodePipeline.GetPipelineExecution",
                    "CodePipeline.GetPipelineState",
                    "CodePipeline.ListActionExecutions",
                    "CodePipeline.ListPipelineExecutions",
                    "CodePipeline.StopPipelineExecution",
                    "CodePipeline.RetryStageExecution",
                    "CodeBuild.UpdateProject",
                    "CodeBuild.CreateReportGroup",
                    "CodeBuild.BatchGetReports",
                    "CodeBuild.BatchGetReportGroups",
                    "CodeBuild.ListReports",
                    "CodeBuild.ListReportsForReportGroup",
                    "CodeBuild.ListReportGroups",
                    "CodeBuild.DescribeTestCases",
                    "CodeBuild.GetReportGroupTrend",
                    "CloudFormation.ListImports"),
            false),
    /**
     * LocalStack with CodePipeline (Ultimate plan): its API coverage pages list the report APIs of CodeBuild as
     * not implemented; the CodePipeline operations the plugin uses are all implemented.
     */
    LOCALSTACK(LocalStackCoverage.REPORTS, true),
    /** LocalStack on a plan without CodePipeline (its coverage page: "available starting with the Ultimate plan"). */
    LOCALSTACK_BASE(LocalStackCoverage.REPORTS_AND_CODEPIPELINE, true);

    /**
     * What moto server answers for an action it has no method for: its dispatcher raises NotImplementedError
     * ("The X action has not been implemented"), nothing catches it, and werkzeug answers this page with 500
     * (getmoto/moto moto/core/responses.py {@code call_action}; the page as quoted in getmoto/moto#956).
     */
    static final String NOT_IMPLEMENTED_PAGE =
            "<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n"
                    + "<h1>Internal Server Error</h1>\n<p>The server encountered an internal error and was unable to complete"
                    + " your request. Either the server is overloaded or there is an error in the application.</p>\n";

    private final Set<String> unimplemented;
    private final boolean localStackAnswer;

    Dialect(Set<String> unimplemented, boolean localStackAnswer) {
        this.unimplemented = unimplemented;
        this.localStackAnswer = localStackAnswer;
    }

    /** False for the operations this dialect's emulator does not have ({@code Service.*}: none of the service). */
    boolean implementsOperation(String service, String operation) {
        return !unimplemented.contains(service + "." + operation) && !unimplemented.contains(service + ".*");
    }

    /** moto answers a bare HTML 500; LocalStack an AWS-shaped 501 InternalFailure naming the operation. */
    boolean answersLikeLocalStack() {
        return localStackAnswer;
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
