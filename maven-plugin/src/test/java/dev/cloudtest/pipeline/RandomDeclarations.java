package dev.cloudtest.pipeline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudtest.model.PipelineJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random valid pipeline declarations, V1 and V2, using every optional field the API has (and some it does not
 * have yet), plus a random valid stage spec to add to each.
 */
final class RandomDeclarations {
    private static final String NAME_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.@-_";
    private static final String ARTIFACT_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final String[] REGIONS = {"us-east-1", "eu-west-1", "ap-southeast-2", "us-west-2", "eu-central-1"};

    private final Random random;
    private final List<String> artifacts = new ArrayList<>();
    private final List<String> namespaces = new ArrayList<>();
    private final List<String> stageNames = new ArrayList<>();
    private int unique;
    private String firstArtifact;

    RandomDeclarations(long seed) {
        this.random = new Random(seed);
    }

    /** A declaration and a spec that can be added to it. */
    record Case(ObjectNode declaration, StageSpec spec) {}

    Case next() {
        artifacts.clear();
        namespaces.clear();
        stageNames.clear();
        boolean v2 = random.nextBoolean();
        ObjectNode p = PipelineJson.newObject();
        p.put("name", name(NAME_CHARS, 100));
        p.put("roleArn", "arn:aws:iam::" + account() + ":role/" + name(ARTIFACT_CHARS, 40));
        List<String> regions = new ArrayList<>();
        regions.add(REGIONS[0]);
        if (random.nextBoolean()) {
            p.set("artifactStore", store());
        } else {
            ObjectNode stores = p.putObject("artifactStores");
            stores.set(REGIONS[0], store());
            for (int i = 1; i < REGIONS.length; i++) {
                if (random.nextBoolean()) {
                    stores.set(REGIONS[i], store());
                    regions.add(REGIONS[i]);
                }
            }
        }
        ArrayNode stages = p.putArray("stages");
        stages.add(sourceStage());
        int later = 1 + random.nextInt(6);
        for (int i = 0; i < later; i++) {
            stages.add(stage(regions, p.has("artifactStores")));
        }
        p.put("version", 1 + random.nextInt(500));
        if (v2) {
            p.put("pipelineType", "V2");
            p.put("executionMode", pick("QUEUED", "SUPERSEDED", "PARALLEL"));
            if (random.nextBoolean()) {
                ArrayNode variables = p.putArray("variables");
                for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                    ObjectNode v = variables.addObject().put("name", "Var" + i + name(ARTIFACT_CHARS, 10));
                    maybe(() -> v.put("defaultValue", text(50)));
                    maybe(() -> v.put("description", text(80)));
                }
            }
            if (random.nextBoolean()) {
                ObjectNode git = p.putArray("triggers")
                        .addObject()
                        .put("providerType", "CodeStarSourceConnection")
                        .putObject("gitConfiguration")
                        .put(
                                "sourceActionName",
                                stages.get(0)
                                        .path("actions")
                                        .get(0)
                                        .path("name")
                                        .asText());
                git.putArray("push")
                        .addObject()
                        .putObject("branches")
                        .putArray("includes")
                        .add("main");
                maybe(() -> git.putArray("pullRequest")
                        .addObject()
                        .putArray("events")
                        .add("OPEN")
                        .add("UPDATED"));
            }
        } else if (random.nextBoolean()) {
            p.put("pipelineType", "V1");
        }
        maybe(() -> p.set("futurePipelineField", unknownValue(3)));
        return new Case(p, spec());
    }

    private ObjectNode sourceStage() {
        ObjectNode stage = PipelineJson.newObject();
        stage.put("name", stageName());
        ArrayNode actions = stage.putArray("actions");
        for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
            ObjectNode a = actions.addObject();
            a.put("name", "Src" + i + name(NAME_CHARS, 20));
            type(
                    a,
                    "Source",
                    pick("AWS", "ThirdParty"),
                    pick("CodeCommit", "GitHub", "S3", "CodeStarSourceConnection"));
            a.put("runOrder", 1);
            ObjectNode config = a.putObject("configuration").put("Branch", "main");
            maybe(() -> config.put("OAuthToken", "****"));
            a.putArray("outputArtifacts").addObject().put("name", artifact());
            a.putArray("inputArtifacts");
            maybe(() -> a.put("namespace", namespace()));
        }
        firstArtifact = artifacts.get(0);
        return stage;
    }

    private ObjectNode stage(List<String> regions, boolean crossRegionAllowed) {
        ObjectNode stage = PipelineJson.newObject();
        stage.put("name", stageName());
        maybe(() -> stage.set("onFailure", failureConditions()));
        maybe(() -> stage.set("onSuccess", conditions("ROLLBACK")));
        maybe(() -> stage.set("beforeEntry", conditions("FAIL")));
        maybe(() -> stage.putArray("blockers").addObject().put("name", "b").put("type", "Schedule"));
        ArrayNode actions = stage.putArray("actions");
        List<String> produced = new ArrayList<>(artifacts);
        List<String> madeHere = new ArrayList<>();
        int runOrder = 1;
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            if (random.nextInt(3) == 0) {
                runOrder += 1 + random.nextInt(3);
                produced.addAll(madeHere);
                madeHere.clear();
            }
            ObjectNode a = actions.addObject();
            a.put("name", "A" + i + name(NAME_CHARS, 30));
            boolean compute = random.nextInt(4) == 0;
            if (compute) {
                type(a, "Compute", "AWS", "Commands");
            } else {
                type(a, pick("Build", "Test", "Deploy", "Invoke"), "AWS", pick("CodeBuild", "CloudFormation"));
            }
            a.put("runOrder", runOrder);
            ObjectNode config = a.putObject("configuration").put("ProjectName", name(ARTIFACT_CHARS, 30));
            maybe(() -> config.put(
                    "EnvironmentVariables",
                    "[{\"name\":\"X\",\"value\":\"#{codepipeline.PipelineExecutionId}\",\"type\":\"PLAINTEXT\"}]"));
            maybe(() -> config.put("Secret", "****"));
            if (compute) {
                a.putArray("commands").add("make test").add(text(40));
                maybe(() -> a.putArray("outputVariables").add("RESULT"));
                maybe(() -> a.putArray("environmentVariables")
                        .addObject()
                        .put("name", "MODE")
                        .put("value", "x")
                        .put("type", "PLAINTEXT"));
            }
            ArrayNode outputs = a.putArray("outputArtifacts");
            for (int k = 0, m = random.nextInt(3); k < m; k++) {
                String out = artifact();
                madeHere.add(out);
                ObjectNode o = outputs.addObject().put("name", out);
                if (compute) {
                    maybe(() -> o.putArray("files").add("**/*"));
                }
            }
            ArrayNode inputs = a.putArray("inputArtifacts");
            List<String> available = new ArrayList<>(produced);
            for (int k = 0, m = 1 + random.nextInt(Math.min(3, available.size())); k < m; k++) {
                inputs.addObject().put("name", available.remove(random.nextInt(available.size())));
            }
            if (inputs.size() > 1) {
                config.put("PrimarySource", inputs.get(0).path("name").asText());
            }
            maybe(() -> a.put("roleArn", "arn:aws:iam::123456789012:role/action-" + random.nextInt(9)));
            if (crossRegionAllowed && random.nextBoolean()) {
                a.put("region", regions.get(random.nextInt(regions.size())));
            }
            maybe(() -> a.put("namespace", namespace()));
            maybe(() -> a.put("timeoutInMinutes", 5 + random.nextInt(86_000)));
            maybe(() -> a.set("futureActionField", unknownValue(2)));
        }
        produced.addAll(madeHere);
        artifacts.clear();
        artifacts.addAll(produced);
        maybe(() -> stage.set("futureStageField", unknownValue(2)));
        return stage;
    }

    private StageSpec spec() {
        String after = stageNames.get(random.nextInt(stageNames.size()));
        // The source stage's artifacts are available after any stage.
        String input = firstArtifact;
        Map<String, String> env = new LinkedHashMap<>();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            env.put(
                    "V" + i + name("ABCDEFGHIJKLMNOPQRSTUVWXYZ_", 10),
                    random.nextBoolean() ? text(30) : "secrets-manager:s");
        }
        String output = random.nextBoolean() ? "" : "ItOut" + (unique++);
        return new StageSpec(
                after,
                "IT" + (unique++) + name(NAME_CHARS, 20),
                "Run" + name(NAME_CHARS, 20),
                input,
                output,
                "P" + name(ARTIFACT_CHARS, 40),
                env,
                1 + random.nextInt(3));
    }

    private ObjectNode failureConditions() {
        ObjectNode onFailure = PipelineJson.newObject();
        onFailure.put("result", pick("ROLLBACK", "FAIL", "RETRY", "SKIP"));
        if (onFailure.path("result").asText().equals("RETRY")) {
            onFailure.putObject("retryConfiguration").put("retryMode", pick("FAILED_ACTIONS", "ALL_ACTIONS"));
        }
        maybe(() -> onFailure.setAll(conditions("ROLLBACK")));
        return onFailure;
    }

    private ObjectNode conditions(String result) {
        ObjectNode holder = PipelineJson.newObject();
        ObjectNode condition = holder.putArray("conditions").addObject().put("result", result);
        ObjectNode rule = condition.putArray("rules").addObject().put("name", "Rule" + random.nextInt(99));
        rule.putObject("ruleTypeId")
                .put("category", "Rule")
                .put("owner", "AWS")
                .put("provider", "CloudWatchAlarm")
                .put("version", "1");
        rule.putObject("configuration").put("AlarmName", text(20));
        maybe(() -> rule.put("timeoutInMinutes", 5 + random.nextInt(100)));
        maybe(() -> rule.put("region", "us-east-1"));
        return holder;
    }

    private com.fasterxml.jackson.databind.JsonNode unknownValue(int depth) {
        ObjectNode value = PipelineJson.newObject();
        value.put("flag", random.nextBoolean());
        value.put("count", random.nextInt());
        value.put("big", new BigInteger("123456789012345678901234567890").add(BigInteger.valueOf(random.nextInt())));
        value.put("ratio", new BigDecimal("1.50").add(BigDecimal.valueOf(random.nextInt(100), 2)));
        value.put("text", text(20));
        value.putNull("nothing");
        ArrayNode list = value.putArray("list");
        list.add(1).add("two").add(new BigDecimal("3.000"));
        if (depth > 0) {
            value.set("nested", unknownValue(depth - 1));
        }
        return value;
    }

    private ObjectNode store() {
        ObjectNode store = PipelineJson.newObject().put("type", "S3").put("location", "bucket-" + random.nextInt(1000));
        maybe(() -> store.putObject("encryptionKey")
                .put("id", "alias/key" + random.nextInt(9))
                .put("type", "KMS"));
        return store;
    }

    private void type(ObjectNode action, String category, String owner, String provider) {
        action.putObject("actionTypeId")
                .put("category", category)
                .put("owner", owner)
                .put("provider", provider)
                .put("version", "1");
    }

    private String stageName() {
        String name = "S" + (unique++) + name(NAME_CHARS, 20);
        stageNames.add(name);
        return name;
    }

    private String artifact() {
        String name = "Art" + (unique++) + name(ARTIFACT_CHARS, 20);
        artifacts.add(name);
        return name;
    }

    private String namespace() {
        String name = "Ns" + (unique++) + name(ARTIFACT_CHARS + "@", 20);
        namespaces.add(name);
        return name;
    }

    private String name(String chars, int max) {
        StringBuilder s = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(Math.max(1, max - 10)); i < n; i++) {
            s.append(chars.charAt(random.nextInt(chars.length())));
        }
        return s.toString();
    }

    /** Any text, including quotes, backslashes, unicode and newlines. */
    private String text(int max) {
        String chars = "abc XYZ 09 \"\\/\n\t{}[]:,#$é€漢";
        StringBuilder s = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(max); i < n; i++) {
            s.append(chars.charAt(random.nextInt(chars.length())));
        }
        return s.toString();
    }

    private String account() {
        return String.format("%012d", Math.abs(random.nextLong() % 1_000_000_000_000L));
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private void maybe(Runnable action) {
        if (random.nextBoolean()) {
            action.run();
        }
    }
}
