package dev.cloudtest.run;

import java.util.List;

/**
 * A CodeBuild build.
 *
 * @param status {@code SUCCEEDED, FAILED, FAULT, TIMED_OUT, IN_PROGRESS, STOPPED}
 * @param logLink the CloudWatch Logs console link, or {@code null}
 */
public record BuildRun(String id, String status, String logLink, List<String> reportArns) {
    public BuildRun {
        reportArns = List.copyOf(reportArns);
    }
}
