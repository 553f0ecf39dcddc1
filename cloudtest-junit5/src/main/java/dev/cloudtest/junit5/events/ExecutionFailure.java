package dev.cloudtest.junit5.events;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/** Reads why an execution failed from its history: the state that failed, the error and the cause. */
final class ExecutionFailure {
    private static final int MAX_CAUSE = 1_000;

    private ExecutionFailure() {}

    /** @param newestFirst the history, newest event first */
    static String explain(List<HistoryEvent> newestFirst) {
        String error = null;
        String cause = null;
        for (HistoryEvent event : newestFirst) {
            Map<String, String> failure = failure(event);
            if (failure != null && error == null) {
                error = failure.get("error");
                cause = failure.get("cause");
            }
            if (error != null && event.stateEnteredEventDetails() != null) {
                return "state '" + event.stateEnteredEventDetails().name() + "' failed with error '" + error + "'"
                        + cause(cause);
            }
        }
        return error == null
                ? "the history names no error (" + newestFirst.size() + " events read)"
                : "error '" + error + "'" + cause(cause);
    }

    private static String cause(String cause) {
        if (cause == null || cause.isBlank()) {
            return "";
        }
        return ", cause: " + (cause.length() > MAX_CAUSE ? cause.substring(0, MAX_CAUSE) + "…" : cause);
    }

    /** The error and cause an event carries, if it is a failure of the execution, a task, a Lambda or a state. */
    private static Map<String, String> failure(HistoryEvent e) {
        if (e.executionFailedEventDetails() != null) {
            return pair(
                    e.executionFailedEventDetails().error(),
                    e.executionFailedEventDetails().cause());
        }
        if (e.taskFailedEventDetails() != null) {
            return pair(
                    e.taskFailedEventDetails().error(),
                    e.taskFailedEventDetails().cause());
        }
        if (e.lambdaFunctionFailedEventDetails() != null) {
            return pair(
                    e.lambdaFunctionFailedEventDetails().error(),
                    e.lambdaFunctionFailedEventDetails().cause());
        }
        if (e.executionTimedOutEventDetails() != null) {
            return pair(
                    e.executionTimedOutEventDetails().error(),
                    e.executionTimedOutEventDetails().cause());
        }
        if (e.executionAbortedEventDetails() != null) {
            return pair(
                    e.executionAbortedEventDetails().error(),
                    e.executionAbortedEventDetails().cause());
        }
        return null;
    }

    private static Map<String, String> pair(String error, String cause) {
        java.util.HashMap<String, String> map = new java.util.HashMap<>();
        map.put("error", error == null ? "(none)" : error);
        map.put("cause", cause);
        return map;
    }
}
