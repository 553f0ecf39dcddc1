package dev.cloudtest.maven;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojoExecutionException;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.project.MavenProject;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Runs a goal the way Maven would, without Maven: {@code new XMojo()}, then every parameter bound from the
 * generated plugin descriptor, a user property ({@code -Dcloudtest.x=...}) winning over the default, as Maven's
 * own evaluator does. The project is an empty POM in a temporary folder; the log is captured.
 */
final class MojoHarness {
    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

    /** Every goal of the descriptor and how to make its Mojo. */
    static final Map<String, Supplier<AbstractCloudtestMojo>> GOALS = Map.of(
            "add-stage", AddStageMojo::new,
            "remove-stage", RemoveStageMojo::new,
            "iam-policy", IamPolicyMojo::new,
            "run-pipeline", RunPipelineMojo::new,
            "stack-outputs", StackOutputsMojo::new,
            "verify", VerifyMojo::new,
            "generate-buildspec", GenerateBuildspecMojo::new,
            "validate-buildspec", ValidateBuildspecMojo::new);

    private final String goal;
    private final Path baseDirectory;
    private final Map<String, String> userProperties = new HashMap<>();
    final CapturingLog log;

    MojoHarness(String goal, Path baseDirectory, boolean debug) {
        this.goal = goal;
        this.baseDirectory = baseDirectory;
        this.log = new CapturingLog(debug);
    }

    MojoHarness set(String property, String value) {
        userProperties.put(property, value);
        return this;
    }

    Path outputDirectory() {
        return baseDirectory.resolve("target/cloudtest");
    }

    /** Binds the parameters and runs {@code execute()}; Maven's exceptions come out as they would. */
    void execute() throws AbstractMojoExecutionException {
        AbstractCloudtestMojo mojo = GOALS.get(goal).get();
        MavenProject project = new MavenProject();
        project.setFile(baseDirectory.resolve("pom.xml").toFile());
        project.setGroupId("example");
        project.setArtifactId("app");
        project.setVersion("1.0");
        MavenExecutionRequest request = new DefaultMavenExecutionRequest()
                .setBaseDirectory(baseDirectory.toFile())
                .setUserProperties(properties());
        @SuppressWarnings("deprecation")
        MavenSession session = new MavenSession(null, null, request, new DefaultMavenExecutionResult());
        for (Element parameter : configuration(goal)) {
            String name = parameter.getTagName();
            String expression = parameter.getTextContent().trim();
            String value = expression.startsWith("${")
                    ? userProperties.get(expression.substring(2, expression.length() - 1))
                    : null;
            if (value == null) {
                value = parameter.getAttribute("default-value");
            }
            if (value.equals("${project}")) {
                set(mojo, name, project);
            } else if (value.equals("${session}")) {
                set(mojo, name, session);
            } else if (!value.isEmpty()) {
                bind(
                        mojo,
                        name,
                        value.replace(
                                "${project.build.directory}",
                                baseDirectory.resolve("target").toString()));
            }
        }
        ((Mojo) mojo).setLog(log);
        mojo.execute();
    }

    private java.util.Properties properties() {
        java.util.Properties properties = new java.util.Properties();
        properties.putAll(userProperties);
        return properties;
    }

    /** The {@code <configuration>} entries of a goal in the generated descriptor. */
    static List<Element> configuration(String goal) {
        for (Element mojo : mojos()) {
            if (child(mojo, "goal").getTextContent().equals(goal)) {
                NodeList entries = child(mojo, "configuration").getChildNodes();
                return java.util.stream.IntStream.range(0, entries.getLength())
                        .mapToObj(entries::item)
                        .filter(Element.class::isInstance)
                        .map(Element.class::cast)
                        .toList();
            }
        }
        throw new IllegalArgumentException("no goal " + goal + " in " + DESCRIPTOR);
    }

    /** Every goal the plugin has, help included. */
    static List<String> goals() {
        return mojos().stream().map(m -> child(m, "goal").getTextContent()).toList();
    }

    private static List<Element> mojos() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList mojos =
                    factory.newDocumentBuilder().parse(DESCRIPTOR.toFile()).getElementsByTagName("mojo");
            return java.util.stream.IntStream.range(0, mojos.getLength())
                    .mapToObj(i -> (Element) mojos.item(i))
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + DESCRIPTOR + ": run the build once first", e);
        }
    }

    private static Element child(Element parent, String tag) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        throw new IllegalArgumentException("no <" + tag + "> in <" + parent.getTagName() + ">");
    }

    /** Converts a property's text to the field's type as Maven's converters do for these types. */
    private void bind(Object mojo, String name, String text) {
        Field field = field(mojo.getClass(), name);
        Class<?> type = field.getType();
        Object value;
        if (type == boolean.class) {
            value = Boolean.parseBoolean(text);
        } else if (type == int.class) {
            value = Integer.parseInt(text);
        } else if (type == File.class) {
            value = resolve(text);
        } else if (type == List.class) {
            Type element = ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
            value = Arrays.stream(text.split(","))
                    .map(String::trim)
                    .map(item -> element == File.class ? (Object) resolve(item) : item)
                    .toList();
        } else if (type == String.class) {
            value = text;
        } else {
            return; // maps and other structured values are set through set(...) by a test
        }
        set(mojo, name, value);
    }

    private File resolve(String path) {
        File file = new File(path);
        return file.isAbsolute() ? file : baseDirectory.resolve(path).toFile();
    }

    static void set(Object mojo, String name, Object value) {
        Field field = field(mojo.getClass(), name);
        try {
            field.setAccessible(true);
            field.set(mojo, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + " has no field " + name);
    }
}
