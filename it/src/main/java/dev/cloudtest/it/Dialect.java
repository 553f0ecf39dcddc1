package dev.cloudtest.it;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * How the endpoint answers a call: like AWS, or like an emulator the plugin must also work against. Chosen per
 * resource name (or per access key id, for calls without a resource) through the control API.
 */
enum Dialect {
    AWS(Set.of()),
    /**
     * moto server (getmoto/moto @0af643a, aws-apis.md §7): ISO-8601 strings where AWS sends epoch numbers, its
     * own validation, no pagination where it has none, and HTTP 500 for the operations it does not implement.
     */
    MOTO(Set.of(
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
            "CloudFormation.ListImports"));

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

    Dialect(Set<String> unimplemented) {
        this.unimplemented = unimplemented;
    }

    /** False for the operations this dialect's emulator does not have. */
    boolean implementsOperation(String service, String operation) {
        return !unimplemented.contains(service + "." + operation);
    }

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
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
}
