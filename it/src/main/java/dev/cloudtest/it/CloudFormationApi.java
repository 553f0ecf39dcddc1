package dev.cloudtest.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** CloudFormation (2010-05-15) over awsQuery: reading stacks, outputs, exports and resources. */
final class CloudFormationApi implements QueryApi {
    static final String NAMESPACE = "http://cloudformation.amazonaws.com/doc/2010-05-15/";
    private static final Pattern STACK_NAME =
            Pattern.compile("([a-zA-Z][-a-zA-Z0-9]*)|(arn:\\b(aws|aws-us-gov|aws-cn)\\b:[-a-zA-Z0-9:/._+]*)");
    private static final int PAGE = 100;

    private final LocalAwsState state;

    CloudFormationApi(LocalAwsState state) {
        this.state = state;
    }

    @Override
    public String service() {
        return "CloudFormation";
    }

    @Override
    public String xmlNamespace() {
        return NAMESPACE;
    }

    @Override
    public String resourceOf(String action, Map<String, String> params) {
        String stack = params.getOrDefault("StackName", "");
        int slash = stack.indexOf(":stack/");
        return slash < 0 ? stack : stack.substring(slash + ":stack/".length()).replaceFirst("/.*", "");
    }

    @Override
    public String handle(String action, Map<String, String> params, String region, Dialect dialect) {
        long now = state.now();
        QueryXml xml = new QueryXml();
        switch (action) {
            case "DescribeStacks" -> describeStacks(xml, params, now, PAGE);
            case "ListExports" -> listExports(xml, params, now);
            case "ListStackResources" -> listStackResources(xml, params, now);
            case "DescribeStackResource" -> describeStackResource(xml, params, now);
            case "DescribeStackResources" -> describeStackResources(xml, params, now);
            case "ListStacks" -> listStacks(xml, params, now);
            default -> throw AwsError.badRequest("InvalidAction", "Could not find operation " + action);
        }
        return QueryXml.response(NAMESPACE, action, xml);
    }

    private void describeStacks(QueryXml xml, Map<String, String> params, long now, int pageSize) {
        String name = params.get("StackName");
        List<StackStore.Stack> stacks;
        if (name == null) {
            stacks = state.stacks.all().stream().filter(s -> !s.deleted(now)).toList();
        } else {
            stacks = List.of(requireStack(name, now));
        }
        Pages.Page<StackStore.Stack> page =
                Pages.of(stacks, params.get("NextToken"), null, pageSize, "ValidationError");
        xml.open("Stacks");
        for (StackStore.Stack stack : page.items()) {
            xml.open("member");
            xml.text("StackName", stack.name).text("StackId", stack.id);
            xml.text("Description", Json.text(stack.spec, "description"));
            timesAndStatus(xml, stack, now);
            xml.text("DisableRollback", false);
            members(xml, "Parameters", Json.elements(stack.spec, "parameters"), "ParameterKey", "ParameterValue");
            members(xml, "Outputs", stack.outputs(), "OutputKey", "OutputValue", "Description", "ExportName");
            members(xml, "Tags", Json.elements(stack.spec, "tags"), "Key", "Value");
            xml.text("ParentId", Json.text(stack.spec, "parentId")).text("RootId", Json.text(stack.spec, "rootId"));
            xml.close("member");
        }
        xml.close("Stacks");
        xml.text("NextToken", page.next());
    }

    private void listExports(QueryXml xml, Map<String, String> params, long now) {
        Pages.Page<ObjectNode> page =
                Pages.of(state.stacks.exports(now), params.get("NextToken"), null, PAGE, "ValidationError");
        members(xml, "Exports", new ArrayList<>(page.items()), "ExportingStackId", "Name", "Value");
        xml.text("NextToken", page.next());
    }

    private void listStackResources(QueryXml xml, Map<String, String> params, long now) {
        StackStore.Stack stack = requireStack(required(params, "StackName"), now);
        Pages.Page<JsonNode> page = Pages.of(stack.resources(), params.get("NextToken"), null, PAGE, "ValidationError");
        xml.open("StackResourceSummaries");
        for (JsonNode resource : page.items()) {
            xml.open("member");
            resourceFields(xml, stack, resource, "LastUpdatedTimestamp");
            xml.open("DriftInformation")
                    .text("StackResourceDriftStatus", "NOT_CHECKED")
                    .close("DriftInformation");
            xml.close("member");
        }
        xml.close("StackResourceSummaries");
        xml.text("NextToken", page.next());
    }

    private void describeStackResource(QueryXml xml, Map<String, String> params, long now) {
        StackStore.Stack stack = requireStack(required(params, "StackName"), now);
        String logicalId = required(params, "LogicalResourceId");
        JsonNode resource = stack.resources().stream()
                .filter(r -> logicalId.equals(Json.text(r, "LogicalResourceId")))
                .findFirst()
                .orElseThrow(() -> AwsError.badRequest(
                        "ValidationError", "Resource " + logicalId + " does not exist for stack " + stack.name));
        xml.open("StackResourceDetail");
        xml.text("StackName", stack.name).text("StackId", stack.id);
        resourceFields(xml, stack, resource, "LastUpdatedTimestamp");
        xml.close("StackResourceDetail");
    }

    /** Only the first 100 resources, as CloudFormation does; optionally only one logical ID. */
    private void describeStackResources(QueryXml xml, Map<String, String> params, long now) {
        StackStore.Stack stack;
        String physicalId = params.get("PhysicalResourceId");
        if (params.containsKey("StackName") == (physicalId != null)) {
            throw AwsError.badRequest(
                    "ValidationError", "Either StackName or PhysicalResourceId must be specified," + " but not both");
        }
        if (physicalId != null) {
            stack = state.stacks.all().stream()
                    .filter(s -> !s.deleted(now))
                    .filter(s ->
                            s.resources().stream().anyMatch(r -> physicalId.equals(Json.text(r, "PhysicalResourceId"))))
                    .findFirst()
                    .orElseThrow(() ->
                            AwsError.badRequest("ValidationError", "Stack for " + physicalId + " does not exist"));
        } else {
            stack = requireStack(params.get("StackName"), now);
        }
        String logicalId = params.get("LogicalResourceId");
        xml.open("StackResources");
        stack.resources().stream()
                .filter(r -> logicalId == null || logicalId.equals(Json.text(r, "LogicalResourceId")))
                .limit(PAGE)
                .forEach(resource -> {
                    xml.open("member");
                    xml.text("StackName", stack.name).text("StackId", stack.id);
                    resourceFields(xml, stack, resource, "Timestamp");
                    xml.close("member");
                });
        xml.close("StackResources");
    }

    private void listStacks(QueryXml xml, Map<String, String> params, long now) {
        List<String> filter = params.entrySet().stream()
                .filter(e -> e.getKey().startsWith("StackStatusFilter.member."))
                .map(Map.Entry::getValue)
                .toList();
        List<StackStore.Stack> stacks = state.stacks.all().stream()
                .filter(s -> filter.isEmpty() || filter.contains(s.status(now)))
                .toList();
        Pages.Page<StackStore.Stack> page = Pages.of(stacks, params.get("NextToken"), null, PAGE, "ValidationError");
        xml.open("StackSummaries");
        for (StackStore.Stack stack : page.items()) {
            xml.open("member");
            xml.text("StackId", stack.id).text("StackName", stack.name);
            xml.text("TemplateDescription", Json.text(stack.spec, "description"));
            timesAndStatus(xml, stack, now);
            xml.close("member");
        }
        xml.close("StackSummaries");
        xml.text("NextToken", page.next());
    }

    private static void resourceFields(QueryXml xml, StackStore.Stack stack, JsonNode resource, String timeField) {
        xml.text("LogicalResourceId", Json.text(resource, "LogicalResourceId"));
        xml.text("PhysicalResourceId", Json.text(resource, "PhysicalResourceId"));
        xml.text("ResourceType", Json.text(resource, "ResourceType"));
        xml.text(timeField, time(Json.millisOf(resource.get("LastUpdatedTimestamp"), stack.creationMillis())));
        xml.text("ResourceStatus", resource.path("ResourceStatus").asText("CREATE_COMPLETE"));
        xml.text("ResourceStatusReason", Json.text(resource, "ResourceStatusReason"));
    }

    private static void members(QueryXml xml, String list, List<? extends JsonNode> items, String... fields) {
        xml.open(list);
        for (JsonNode item : items) {
            xml.open("member");
            for (String field : fields) {
                xml.text(field, Json.text(item, field));
            }
            xml.close("member");
        }
        xml.close(list);
    }

    private StackStore.Stack requireStack(String nameOrId, long now) {
        if (!STACK_NAME.matcher(nameOrId).matches() || nameOrId.length() > 255) {
            throw AwsError.badRequest(
                    "ValidationError",
                    "1 validation error detected: Value '" + nameOrId
                            + "' at 'stackName' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                            + STACK_NAME.pattern());
        }
        StackStore.Stack stack = state.stacks.find(nameOrId, now);
        if (stack == null) {
            throw AwsError.badRequest("ValidationError", "Stack with id " + nameOrId + " does not exist");
        }
        return stack;
    }

    private static String required(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isEmpty()) {
            throw AwsError.badRequest(
                    "ValidationError",
                    "1 validation error detected: Value null at '"
                            + Character.toLowerCase(name.charAt(0)) + name.substring(1)
                            + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }

    private static String time(long millis) {
        return Instant.ofEpochMilli(millis).toString();
    }

    /** The creation and last update times and the status, which DescribeStacks and ListStacks both answer. */
    private static void timesAndStatus(QueryXml xml, StackStore.Stack stack, long now) {
        xml.text("CreationTime", time(stack.creationMillis()));
        Long updated = stack.lastUpdatedMillis(now);
        xml.text("LastUpdatedTime", updated == null ? null : time(updated));
        xml.text("StackStatus", stack.status(now)).text("StackStatusReason", stack.statusReason(now));
    }
}
