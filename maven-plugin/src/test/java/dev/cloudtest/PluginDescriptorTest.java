package dev.cloudtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The conventions the generated {@code help} goal and site depend on, checked on the generated plugin
 * descriptor: every goal is thread-safe and has {@code @since}; every user-settable parameter has a
 * description, {@code @since} and a {@code cloudtest.} property.
 */
class PluginDescriptorTest {
    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

    @Test
    void everyGoalAndParameterIsDocumented() throws Exception {
        List<String> problems = new ArrayList<>();
        List<Element> mojos = mojos();
        assertThat(mojos).extracting(m -> text(m, "goal")).contains("verify", "add-stage", "generate-buildspec");
        for (Element mojo : mojos) {
            String goal = text(mojo, "goal");
            if (goal.equals("help")) {
                continue;
            }
            if (!"true".equals(text(mojo, "threadSafe"))) {
                problems.add(goal + ": not threadSafe");
            }
            if (text(mojo, "since").isEmpty()) {
                problems.add(goal + ": no @since");
            }
            NodeList parameters = mojo.getElementsByTagName("parameter");
            for (int i = 0; i < parameters.getLength(); i++) {
                Element parameter = (Element) parameters.item(i);
                if ("false".equals(text(parameter, "editable"))) {
                    continue; // ${project} and friends
                }
                String name = goal + "/" + text(parameter, "name");
                if (text(parameter, "since").isEmpty()) {
                    problems.add(name + ": no @since");
                }
                if (text(parameter, "description").isBlank()) {
                    problems.add(name + ": no description");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyUserPropertyIsPrefixed() throws Exception {
        String xml = Files.readString(DESCRIPTOR);
        // Expressions look like ${cloudtest.region}; Maven's own ${project...} etc. are read-only.
        List<String> unprefixed = new ArrayList<>();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\\$\\{([^}]+)\\}").matcher(xml);
        while (m.find()) {
            String expression = m.group(1);
            if (!expression.startsWith("cloudtest.")
                    && !expression.matches("(project|session|mojoExecution|settings|basedir|plugin)(\\..*)?")
                    && !List.of("detail", "goal", "indentSize", "lineLength", "skipTests", "skipITs", "maven.test.skip")
                            .contains(expression)) {
                unprefixed.add(expression);
            }
        }
        assertThat(unprefixed)
                .as("user properties without the cloudtest. prefix")
                .isEmpty();
    }

    private static List<Element> mojos() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document document = factory.newDocumentBuilder().parse(DESCRIPTOR.toFile());
        NodeList nodes = document.getElementsByTagName("mojo");
        List<Element> mojos = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            mojos.add((Element) nodes.item(i));
        }
        return mojos;
    }

    /** The text of the direct child {@code name}, or "" when absent. */
    private static String text(Element element, String name) {
        for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().trim();
            }
        }
        return "";
    }
}
