package dev.cloudtest.stack;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory CloudFormation: stacks whose status can move on with each DescribeStacks. */
public final class FakeStackGateway implements StackGateway {
    private final Map<String, Deque<StackDescription>> stacks = new HashMap<>();
    private final Map<String, List<StackResource>> resources = new HashMap<>();
    final List<StackExport> exports = new ArrayList<>();
    final List<String> calls = new ArrayList<>();

    /** The stack answers with each description in turn, then keeps answering with the last one. */
    public FakeStackGateway stack(String name, String... statuses) {
        return stack(name, List.of(), statuses);
    }

    public FakeStackGateway stack(String name, List<StackOutput> outputs, String... statuses) {
        Deque<StackDescription> answers = new ArrayDeque<>();
        for (String status : statuses) {
            answers.add(new StackDescription(name, arn(name), status, "", outputs));
        }
        stacks.put(name, answers);
        stacks.put(arn(name), answers);
        return this;
    }

    public FakeStackGateway resources(String name, StackResource... list) {
        resources.put(arn(name), List.of(list));
        return this;
    }

    public FakeStackGateway export(String name, String value) {
        exports.add(new StackExport(name, value, "arn:stack/exporter"));
        return this;
    }

    public static String arn(String name) {
        return "arn:aws:cloudformation:us-east-1:123456789012:stack/" + name + "/1";
    }

    @Override
    public Optional<StackDescription> describe(String stackNameOrId) {
        calls.add("DescribeStacks " + stackNameOrId);
        Deque<StackDescription> answers = stacks.get(stackNameOrId);
        if (answers == null) {
            return Optional.empty();
        }
        return Optional.of(answers.size() > 1 ? answers.poll() : answers.peek());
    }

    @Override
    public List<String> liveStackNames() {
        calls.add("ListStacks");
        return stacks.keySet().stream()
                .filter(k -> !k.startsWith("arn:"))
                .sorted()
                .toList();
    }

    @Override
    public List<StackExport> exports() {
        calls.add("ListExports");
        return exports;
    }

    @Override
    public List<StackResource> resources(String stackNameOrId) {
        calls.add("ListStackResources " + stackNameOrId);
        return resources.getOrDefault(stackNameOrId, List.of());
    }
}
