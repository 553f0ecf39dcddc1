package dev.cloudtest.run;

import java.util.List;

/** A stage of the execution as its actions show it; stages not reached yet are absent. */
public record StageRun(String name, String status, List<ActionRun> actions) {
    public StageRun {
        actions = List.copyOf(actions);
    }

    /** InProgress while any action runs, else Failed if any failed, else Abandoned or Succeeded. */
    static String statusOf(List<ActionRun> actions) {
        for (String status : List.of("InProgress", "Failed", "Abandoned")) {
            if (actions.stream().anyMatch(a -> status.equals(a.status()))) {
                return status;
            }
        }
        return actions.stream().allMatch(a -> "Succeeded".equals(a.status())) ? "Succeeded" : "Unknown";
    }
}
