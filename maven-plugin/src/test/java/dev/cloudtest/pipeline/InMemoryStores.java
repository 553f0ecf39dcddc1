package dev.cloudtest.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudtest.core.UserFixableException;
import dev.cloudtest.model.PipelineJson;
import dev.cloudtest.project.ProjectSettings;
import dev.cloudtest.project.ProjectStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** CodePipeline and CodeBuild as the planner sees them: versions, last writer wins, tags, projects. */
final class InMemoryStores {
    final Map<String, List<ObjectNode>> revisions = new HashMap<>();
    final Map<String, String> arns = new HashMap<>();
    final Map<String, Map<String, String>> tags = new HashMap<>();
    final Map<String, ProjectSettings> projects = new HashMap<>();
    final Map<String, Integer> calls = new TreeMap<>();
    /** Runs before a write is stored: simulates another writer getting in first. */
    UnaryOperator<ObjectNode> beforeWrite = d -> null;
    /** Runs after a write is stored. */
    UnaryOperator<ObjectNode> afterWrite = d -> null;

    int iamRefusals;

    void seed(ObjectNode getPipelineOutput) {
        ObjectNode declaration = (ObjectNode) getPipelineOutput.get("pipeline").deepCopy();
        String name = declaration.path("name").asText();
        List<ObjectNode> list = new ArrayList<>();
        for (int v = 1; v <= declaration.path("version").asInt(1); v++) {
            list.add(declaration.deepCopy().put("version", v));
        }
        revisions.put(name, list);
        arns.put(name, getPipelineOutput.path("metadata").path("pipelineArn").asText());
    }

    ObjectNode current(String name) {
        List<ObjectNode> list = revisions.get(name);
        return list.get(list.size() - 1);
    }

    int writes() {
        return calls.getOrDefault("CodePipeline.UpdatePipeline", 0)
                + calls.getOrDefault("CodeBuild.CreateProject", 0)
                + calls.getOrDefault("CodeBuild.UpdateProject", 0);
    }

    private void count(String operation) {
        calls.merge(operation, 1, Integer::sum);
    }

    private void store(ObjectNode declaration) {
        List<ObjectNode> list = revisions.get(declaration.path("name").asText());
        list.add(declaration.deepCopy().put("version", list.size() + 1));
    }

    final PipelineStore pipelines = new PipelineStore() {
        @Override
        public PipelineDocument read(String name) {
            count("CodePipeline.GetPipeline");
            if (!revisions.containsKey(name)) {
                throw new UserFixableException("Pipeline '" + name + "' does not exist");
            }
            return document(name, current(name));
        }

        @Override
        public PipelineDocument readVersion(String name, long version) {
            count("CodePipeline.GetPipeline");
            return document(name, revisions.get(name).get((int) version - 1));
        }

        private PipelineDocument document(String name, ObjectNode declaration) {
            ObjectNode metadata = PipelineJson.newObject().put("pipelineArn", arns.get(name));
            return new PipelineDocument(declaration.deepCopy(), metadata);
        }

        @Override
        public long write(ObjectNode declaration) {
            count("CodePipeline.UpdatePipeline");
            String name = declaration.path("name").asText();
            ObjectNode foreign = beforeWrite.apply(current(name).deepCopy());
            if (foreign != null) {
                store(foreign);
            }
            store(declaration);
            long version = current(name).path("version").asLong();
            ObjectNode later = afterWrite.apply(current(name).deepCopy());
            if (later != null) {
                store(later);
            }
            return version;
        }

        @Override
        public Map<String, String> tags(String pipelineArn) {
            count("CodePipeline.ListTagsForResource");
            return tags.getOrDefault(pipelineArn, Map.of());
        }
    };

    final ProjectStore projectStore = new ProjectStore() {
        @Override
        public Optional<ProjectSettings> find(String name) {
            count("CodeBuild.BatchGetProjects");
            return Optional.ofNullable(projects.get(name));
        }

        @Override
        public void create(ProjectSettings settings) {
            count("CodeBuild.CreateProject");
            if (iamRefusals > 0) {
                iamRefusals--;
                throw new IamNotReady(
                        "CodeBuild is not authorized to perform: sts:AssumeRole on " + settings.serviceRole());
            }
            projects.put(settings.name(), settings);
        }

        @Override
        public void update(ProjectSettings settings) {
            count("CodeBuild.UpdateProject");
            projects.put(settings.name(), settings);
        }

        @Override
        public void delete(String name) {
            count("CodeBuild.DeleteProject");
            projects.remove(name);
        }
    };
}
