package dev.cloudtest.run;

import dev.cloudtest.core.Durations;
import dev.cloudtest.core.Reporter;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The compact progress display: one plain line per status change, {@code [4m05s] Build: Succeeded}, plus a
 * "still running" line after a quiet minute, so CI logs that kill silent jobs stay fed.
 */
final class RunProgress {
    static final Duration HEARTBEAT = Duration.ofMinutes(1);

    private final Reporter reporter;
    private final Map<String, String> shown = new HashMap<>();
    private String shownExecution;
    private Duration lastLine = Duration.ZERO;

    RunProgress(Reporter reporter) {
        this.reporter = reporter;
    }

    /** Groups actions into stages, in the order they started. */
    static List<StageRun> stages(List<ActionRun> actions) {
        Map<String, List<ActionRun>> byStage = actions.stream()
                .sorted(Comparator.comparing(ActionRun::startTime, Comparator.nullsLast(Comparator.naturalOrder())))
                .collect(Collectors.groupingBy(ActionRun::stageName, LinkedHashMap::new, Collectors.toList()));
        return byStage.entrySet().stream()
                .map(e -> new StageRun(e.getKey(), StageRun.statusOf(e.getValue()), e.getValue()))
                .toList();
    }

    void update(ExecutionState execution, List<StageRun> stages, Duration elapsed) {
        boolean changed = false;
        for (StageRun stage : stages) {
            if (!stage.status().equals(shown.put(stage.name(), stage.status()))) {
                line(elapsed, stage.name() + ": " + stage.status());
                changed = true;
            }
        }
        if (!execution.status().equals(shownExecution)) {
            shownExecution = execution.status();
            line(elapsed, "execution: " + execution.status());
            changed = true;
        }
        if (!changed && elapsed.minus(lastLine).compareTo(HEARTBEAT) >= 0) {
            String running = stages.stream()
                    .filter(s -> "InProgress".equals(s.status()))
                    .map(StageRun::name)
                    .collect(Collectors.joining(", "));
            line(elapsed, "still " + execution.status() + (running.isEmpty() ? "" : " (" + running + ")"));
        }
    }

    private void line(Duration elapsed, String text) {
        lastLine = elapsed;
        reporter.info("[" + Durations.format(elapsed) + "] " + text);
    }
}
