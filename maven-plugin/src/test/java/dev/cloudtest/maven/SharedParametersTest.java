package dev.cloudtest.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A user property several goals read means one thing. Where goals share a base class the parameter is declared
 * there once; where they sit in different families (iam-policy mirrors add-stage's parameters but calls no AWS;
 * generate-buildspec and add-stage both take the shard count), it is declared in each with the same type, the
 * same default and the same documentation — checked here on the plugin descriptor the help goal is built from.
 */
class SharedParametersTest {
    /** Properties whose meaning differs by goal on purpose, with the reason. */
    private static final Map<String, String> DIFFERENT_BY_DESIGN = Map.of(
            "cloudtest.buildspec.file",
            "generate-buildspec writes the file (default integration_buildspec.yml); add-stage names the file the"
                    + " project runs, and leaves an existing project's buildspec alone when unset",
            "cloudtest.stackName",
            "stack-outputs reads the stack; iam-policy scopes the CloudFormation statements to it",
            "cloudtest.pool.table",
            "the pool goals default to cloudtest-stack-pool; in iam-policy it has no default, since setting it is"
                    + " what adds the pool's statements");

    private static Map<String, List<Declaration>> byProperty;

    record Declaration(String goal, String name, String type, String defaultValue, String description) {
        String meaning() {
            return type + " | default " + defaultValue + " | " + description;
        }
    }

    @BeforeAll
    static void readDescriptor() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document descriptor;
        try (InputStream in = SharedParametersTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertThat(in).as("the plugin descriptor is built before the tests").isNotNull();
            descriptor = factory.newDocumentBuilder().parse(in);
        }
        byProperty = new TreeMap<>();
        NodeList mojos = descriptor.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = text(mojo, "goal");
            Map<String, Element> configuration = configuration(mojo);
            for (Element parameter : children(child(mojo, "parameters"), "parameter")) {
                String name = text(parameter, "name");
                Element bound = configuration.get(name);
                if (bound == null || !bound.getTextContent().startsWith("${cloudtest.")) {
                    continue;
                }
                String property = bound.getTextContent().replaceAll("^\\$\\{|}$", "");
                byProperty
                        .computeIfAbsent(property, p -> new ArrayList<>())
                        .add(new Declaration(
                                goal,
                                name,
                                text(parameter, "type"),
                                bound.getAttribute("default-value"),
                                text(parameter, "description").strip()));
            }
        }
    }

    @Test
    void theDescriptorWasRead() {
        assertThat(byProperty).containsKeys("cloudtest.pipeline", "cloudtest.shards", "cloudtest.region");
        assertThat(byProperty.get("cloudtest.pipeline"))
                .extracting(Declaration::goal)
                .contains("add-stage", "remove-stage", "run-pipeline", "iam-policy");
    }

    @Test
    void aPropertySharedByGoalsHasOneTypeDefaultAndDescription() {
        Map<String, Set<String>> drifting = new TreeMap<>();
        byProperty.forEach((property, declarations) -> {
            if (DIFFERENT_BY_DESIGN.containsKey(property)) {
                return;
            }
            Set<String> meanings =
                    declarations.stream().map(Declaration::meaning).collect(Collectors.toSet());
            if (meanings.size() > 1) {
                drifting.put(
                        property,
                        declarations.stream()
                                .map(d -> d.goal() + ": " + d.meaning())
                                .collect(Collectors.toCollection(java.util.TreeSet::new)));
            }
        });
        assertThat(drifting)
                .as("properties documented differently by different goals")
                .isEmpty();
    }

    @Test
    void theSameElementNameForTheSameProperty() {
        byProperty.forEach((property, declarations) -> {
            if (!DIFFERENT_BY_DESIGN.containsKey(property)) {
                assertThat(declarations.stream().map(Declaration::name).distinct())
                        .as("the POM element for %s", property)
                        .hasSize(1);
            }
        });
    }

    private static Map<String, Element> configuration(Element mojo) {
        Map<String, Element> bound = new TreeMap<>();
        Element configuration = child(mojo, "configuration");
        if (configuration != null) {
            for (Node n = configuration.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    bound.put(e.getTagName(), e);
                }
            }
        }
        return bound;
    }

    private static Element child(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        if (parent != null) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getTagName().equals(tag)) {
                    found.add(e);
                }
            }
        }
        return found;
    }

    private static String text(Element parent, String tag) {
        Element e = child(parent, tag);
        return e == null ? "" : e.getTextContent();
    }
}
