package dev.cloudtest.junit5;

import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.stack.ExportFilter;
import dev.cloudtest.stack.PhysicalIds;
import dev.cloudtest.stack.StackGateway;
import dev.cloudtest.stack.StackRequest;
import dev.cloudtest.stack.StackValues;
import dev.cloudtest.stack.StackValuesReader;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Stack values read straight from CloudFormation, each kind on first use: the outputs ({@code DescribeStacks}),
 * the exports ({@code ListExports}), the physical IDs ({@code ListStackResources}, nested stacks included).
 */
final class CloudFormationStackValues {
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(10);

    private final StackValuesReader reader;
    private final StackGateway gateway;
    private final String stackName;
    private final Duration waitTimeout;
    private final String where;
    private StackValues values;
    private Map<String, String> exports;
    private PhysicalIds physicalIds;

    CloudFormationStackValues(
            StackValuesReader reader, StackGateway gateway, String stackName, Duration waitTimeout, String where) {
        this.reader = reader;
        this.gateway = gateway;
        this.stackName = stackName;
        this.waitTimeout = waitTimeout;
        this.where = where;
    }

    synchronized Optional<String> find(StackValueKind kind, String name) {
        return switch (kind) {
            case OUTPUT -> Optional.ofNullable(stack().outputs().get(name));
            case EXPORT -> Optional.ofNullable(exports().get(name));
            case RESOURCE -> physicalIds().find(name);
        };
    }

    /** Whether a resource of the stack (nested stacks included) has this physical ID. */
    synchronized boolean hasPhysicalId(String physicalId) {
        return physicalIds().byPath().containsValue(physicalId);
    }

    String stackName() {
        return stackName;
    }

    /** The error for a name that does not exist, listing the names that do. */
    synchronized UserFixableException missing(StackValueKind kind, String name, String wantedBy) {
        Collection<String> names =
                switch (kind) {
                    case OUTPUT -> stack().outputs().keySet();
                    case EXPORT -> exports().keySet();
                    case RESOURCE -> physicalIds().paths();
                };
        String listed = StackValuesReader.listing(names);
        return new UserFixableException(
                switch (kind) {
                    case OUTPUT -> "Stack " + stack().stackName() + " has no output '" + name + "' (" + wantedBy
                            + "). Its outputs: " + listed + ".";
                    case EXPORT -> "No export named '" + name + "' exists in " + where + " (" + wantedBy
                            + "). Exports there: " + listed + ".";
                    case RESOURCE -> "Stack " + stack().stackName() + " has no resource '" + name + "' (" + wantedBy
                            + "). Its logical IDs (nested stacks' ones by path): " + listed + ".";
                });
    }

    private StackValues stack() {
        if (values == null) {
            values = reader.read(new StackRequest(
                    stackName,
                    waitTimeout,
                    POLL_INTERVAL,
                    List.of(),
                    ExportFilter.none(),
                    List.of(),
                    List.of(),
                    false));
        }
        return values;
    }

    private Map<String, String> exports() {
        if (exports == null) {
            Map<String, String> all = new TreeMap<>();
            gateway.exports().forEach(e -> all.put(e.name(), e.value() == null ? "" : e.value()));
            exports = all;
        }
        return exports;
    }

    private PhysicalIds physicalIds() {
        if (physicalIds == null) {
            physicalIds = reader.physicalIds(stack().stackName(), stack().stackId());
        }
        return physicalIds;
    }
}
