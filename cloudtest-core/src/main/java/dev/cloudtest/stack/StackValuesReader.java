package dev.cloudtest.stack;

import dev.cloudtest.core.Durations;
import dev.cloudtest.core.Poller;
import dev.cloudtest.core.Reporter;
import dev.cloudtest.core.TimeSource;
import dev.cloudtest.core.UserFixableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads a stack's outputs, selected exports and physical IDs once the stack is ready, with errors that say
 * what exists instead.
 */
public final class StackValuesReader {
    private static final int MAX_LISTED = 30;
    private static final Duration HEARTBEAT = Duration.ofMinutes(1);

    private final StackGateway gateway;
    private final TimeSource time;
    private final Reporter reporter;
    private final String where;

    /**
     * @param where where the stacks live ("region eu-west-1, ..."), for messages
     */
    public StackValuesReader(StackGateway gateway, TimeSource time, Reporter reporter, String where) {
        this.gateway = gateway;
        this.time = time;
        this.reporter = reporter;
        this.where = where;
    }

    public StackValues read(StackRequest request) {
        StackDescription stack = awaitReady(request);
        Map<String, String> outputs = outputs(stack, request.requiredOutputs());
        Map<String, String> exports = ownExports(stack);
        exports.putAll(exports(stack.name(), request));
        Map<String, String> resources = request.logicalIds().isEmpty()
                ? Map.of()
                : new NestedResourceFinder(gateway, reporter).physicalIds(stack, request);
        return new StackValues(stack.name(), stack.id(), stack.status(), outputs, exports, resources);
    }

    /**
     * The physical IDs of every resource of a stack and of its nested stacks (breadth first, at most 5 levels and
     * 50 stacks), by path ({@code Data/UploadBucket}); no waiting.
     */
    public PhysicalIds physicalIds(String stackName, String stackId) {
        return new NestedResourceFinder(gateway, reporter).walk(stackName, stackId, true);
    }

    private StackDescription awaitReady(StackRequest request) {
        StackDescription[] last = {null};
        String[] lastStatus = {null};
        Duration[] lastLine = {Duration.ZERO};
        Poller.Result<StackDescription> ready = Poller.within(request.waitTimeout(), time)
                .pauses(request.pollInterval(), request.pollInterval())
                .run(poll -> {
                    StackDescription stack =
                            gateway.describe(request.stackName()).orElseThrow(() -> missing(request));
                    last[0] = stack;
                    switch (StackState.of(stack.status())) {
                        case READY:
                            return Optional.of(stack);
                        case ROLLBACK:
                            throw rolledBack(stack);
                        case BROKEN:
                            throw broken(stack);
                        default:
                            // A line per status change, and one per quiet minute so CI logs stay fed.
                            if (!poll.timeLeft().isZero()
                                    && (!stack.status().equals(lastStatus[0])
                                            || poll.elapsed().minus(lastLine[0]).compareTo(HEARTBEAT) >= 0)) {
                                reporter.info("Stack " + stack.name() + " is " + stack.status() + "; waiting up to "
                                        + Durations.format(request.waitTimeout()) + " ("
                                        + Durations.format(poll.elapsed()) + " so far)");
                                lastStatus[0] = stack.status();
                                lastLine[0] = poll.elapsed();
                            }
                            return Optional.empty();
                    }
                });
        return ready.outcome().orElseThrow(() -> stillInProgress(last[0], request));
    }

    private Map<String, String> outputs(StackDescription stack, List<String> required) {
        Map<String, String> outputs = new TreeMap<>();
        stack.outputs().forEach(o -> outputs.put(o.key(), o.value() == null ? "" : o.value()));
        List<String> missing =
                required.stream().filter(k -> !outputs.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            throw new MissingStackValueException(
                    MissingStackValueException.Kind.OUTPUT,
                    stack.name(),
                    where,
                    missing,
                    List.copyOf(outputs.keySet()),
                    false);
        }
        return outputs;
    }

    /**
     * The stack's own exports (its outputs that have an ExportName): always handed over, with no extra call —
     * tests that import them by name need them without configuring a filter.
     */
    private static Map<String, String> ownExports(StackDescription stack) {
        Map<String, String> own = new TreeMap<>();
        for (StackOutput output : stack.outputs()) {
            if (output.exportName() != null && !output.exportName().isBlank()) {
                own.put(output.exportName(), output.value() == null ? "" : output.value());
            }
        }
        return own;
    }

    private Map<String, String> exports(String stackName, StackRequest request) {
        if (request.exportFilter().isEmpty() && request.requiredExports().isEmpty()) {
            return Map.of();
        }
        Map<String, String> all = new LinkedHashMap<>();
        gateway.exports().forEach(e -> all.put(e.name(), e.value() == null ? "" : e.value()));
        List<String> missing = request.requiredExports().stream()
                .filter(name -> !all.containsKey(name))
                .toList();
        if (!missing.isEmpty()) {
            throw new MissingStackValueException(
                    MissingStackValueException.Kind.EXPORT,
                    stackName,
                    where,
                    missing,
                    all.keySet().stream().sorted().toList(),
                    false);
        }
        Map<String, String> selected = new TreeMap<>();
        all.forEach((name, value) -> {
            if (request.requiredExports().contains(name)
                    || request.exportFilter().matches(name, stackName)) {
                selected.put(name, value);
            }
        });
        if (selected.isEmpty()) {
            reporter.warn("No export " + request.exportFilter().describe() + " (stack " + stackName + ") among the "
                    + all.size() + " exports in " + where + ".");
        }
        return selected;
    }

    private UserFixableException missing(StackRequest request) {
        List<String> alike = LookAlikes.among(request.stackName(), gateway.liveStackNames(), 5);
        return new StackNotFoundException(request.stackName(), where, alike);
    }

    private static UserFixableException rolledBack(StackDescription stack) {
        return new UserFixableException("Stack " + stack.name() + " is " + stack.status()
                + reason(stack) + ": its last deployment failed and CloudFormation "
                + (stack.status().endsWith("_IN_PROGRESS") ? "is rolling it back" : "rolled it back")
                + ", so the tests would not run against what was deployed. Fix the deployment (see the stack's"
                + " events) and run again.");
    }

    private static UserFixableException broken(StackDescription stack) {
        return new UserFixableException("Stack " + stack.name() + " is " + stack.status() + reason(stack)
                + "; its outputs cannot be trusted. Fix or redeploy the stack and run again.");
    }

    private static UserFixableException stillInProgress(StackDescription stack, StackRequest request) {
        return new StackNotReadyException(stack.name(), stack.status(), request.waitTimeout());
    }

    private static String reason(StackDescription stack) {
        return stack.statusReason().isBlank() ? "" : " (" + stack.statusReason() + ")";
    }

    static String quoted(Collection<String> names) {
        return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
    }

    /** Sorted names for messages, at most 30 shown: {@code a, b, c and 12 more}, or {@code none}. */
    public static String listing(Collection<String> names) {
        if (names.isEmpty()) {
            return "none";
        }
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        String shown = String.join(", ", sorted.subList(0, Math.min(MAX_LISTED, sorted.size())));
        return sorted.size() > MAX_LISTED ? shown + " and " + (sorted.size() - MAX_LISTED) + " more" : shown;
    }
}
