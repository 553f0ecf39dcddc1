package dev.cloudtest.hostile;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One goal run the way Maven runs it: the Mojo named in the generated plugin descriptor is instantiated, every
 * parameter gets its {@code -D} property when given, else its default (as the descriptor declares them), the
 * {@code ${project}}/{@code ${session}} objects are a project in the {@link Sandbox}'s project directory, the log
 * is captured, and {@code execute()} runs. Parameters without a property (lists of objects, maps) are set by
 * field name with {@link #set}.
 *
 * <h2>The hostile-input suite</h2>
 *
 * Every class in {@code dev.cloudtest.hostile} runs in its own Surefire execution ({@code hostile-inputs} in the
 * plugin's POM) in a JVM limited to {@code -Xmx256m}, with a default timeout of 60 s per test (so a hang fails,
 * and a heavy case that needs more than 256 MB fails with the error it would give a user). Fixtures are made by
 * the test code, never committed. A case reads:
 *
 * <pre>{@code
 * @TempDir Path tmp;
 *
 * @Test
 * void aLineBreakInAPropertyIsRefused() {
 *     Sandbox sandbox = Sandbox.in(tmp);
 *     Outcome outcome = Goal.named("generate-buildspec", sandbox)
 *             .property("cloudtest.buildspec.onFailure", "ABORT
 * artifacts:")
 *             .run();
 *     outcome.assertRefused("cloudtest.buildspec.onFailure", "line break");  // one [ERROR] line, no stack trace
 *     sandbox.assertNothingWritten();                                        // or assertWroteOnlyUnder(...)
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@link Outcome#assertRefused}: the goal failed the Maven way with exactly one {@code [ERROR]} line (logged
 *       or thrown), on one line, containing each fragment (name the input and the fix), and no stack trace,
 *       exception class or parser package anywhere in the output. {@link Outcome#assertOneError} is the same for
 *       a goal that logs the error and carries on; {@link Outcome#assertSucceeded}, {@link Outcome#assertWarned}.
 *   <li>{@link Sandbox#assertWroteOnlyUnder}, {@link Sandbox#assertNothingWritten}: compare the tree (and
 *       {@link Sandbox#watch watched} paths such as {@code /dev/null}) with its state just before the run.
 *   <li>{@link Sandbox#assertUntouched}: a FIFO ({@link Sandbox#fifo}), symlink ({@link Sandbox#symlink}) or
 *       device keeps its type, inode, mode, size, time and content.
 * </ul>
 *
 * Run the suite alone (only its own execution, with its heap limit and timeouts) with {@code ./mvnw -B -ntp -o
 * test-compile surefire:test@hostile-inputs -pl maven-plugin}; add {@code -Dtest=SomeHostileTest} for one class.
 */
final class Goal {
    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

    private final String name;
    private final Sandbox sandbox;
    private final Properties userProperties = new Properties();
    private final Map<String, Object> fields = new HashMap<>();
    private boolean withPom = true;

    private Goal(String name, Sandbox sandbox) {
        this.name = name;
        this.sandbox = sandbox;
    }

    /** The goal {@code cloudtest:<name>} run in the sandbox's project directory. */
    static Goal named(String name, Sandbox sandbox) {
        return new Goal(name, sandbox);
    }

    /** {@code -Dkey=value} on the command line: bound to the parameter with that property, and visible to the goal. */
    Goal property(String key, String value) {
        userProperties.setProperty(key, value);
        return this;
    }

    /** A parameter set in the POM's {@code <configuration>}, by field name (for lists, maps and objects). */
    Goal set(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    /** Runs without a POM ({@code requiresProject=false} goals started in an empty directory). */
    Goal withoutPom() {
        withPom = false;
        return this;
    }

    /** Instantiates, configures and executes the goal; never throws what the goal throws (see {@link Outcome}). */
    Outcome run() {
        CapturingLog log = new CapturingLog();
        AbstractMojo mojo;
        try {
            mojo = configure();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot set up " + name, e);
        }
        mojo.setLog(log);
        sandbox.checkpoint();
        Throwable thrown = null;
        try {
            mojo.execute();
        } catch (MojoFailureException | MojoExecutionException | RuntimeException | Error e) {
            thrown = e;
        }
        return new Outcome(name, log.lines(), thrown);
    }

    private AbstractMojo configure() throws ReflectiveOperationException {
        Element descriptor = mojoDescriptor();
        MavenProject project = project();
        MavenSession session = session(project);
        String pluginVersion = text((Element) descriptor.getOwnerDocument().getDocumentElement(), "version");
        AbstractMojo mojo = (AbstractMojo) Class.forName(text(descriptor, "implementation"))
                .getDeclaredConstructor()
                .newInstance();
        Element configuration =
                (Element) descriptor.getElementsByTagName("configuration").item(0);
        NodeList parameters = configuration.getChildNodes();
        for (int i = 0; i < parameters.getLength(); i++) {
            if (!(parameters.item(i) instanceof Element parameter)) {
                continue;
            }
            String field = parameter.getTagName();
            String type = parameter.getAttribute("implementation");
            String expression = parameter.getTextContent().trim();
            String raw = null;
            if (expression.startsWith("${") && userProperties.containsKey(property(expression))) {
                raw = userProperties.getProperty(property(expression));
            } else if (parameter.hasAttribute("default-value")) {
                raw = parameter.getAttribute("default-value");
            }
            Object value = fields.containsKey(field)
                    ? fields.get(field)
                    : switch (raw == null ? "" : raw) {
                        case "${project}" -> project;
                        case "${session}" -> session;
                        default -> raw == null
                                ? null
                                : convert(expand(raw, pluginVersion), type, elementType(mojo, field));
                    };
            if (value != null) {
                inject(mojo, field, value);
            }
        }
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            inject(mojo, field.getKey(), field.getValue()); // POM-only parameters are not in <configuration>
        }
        return mojo;
    }

    private MavenProject project() {
        MavenProject project = new MavenProject(new Model());
        project.getModel().setGroupId("com.example");
        project.getModel().setArtifactId("hostile");
        project.getModel().setVersion("1.0");
        Build build = new Build();
        project.getModel().setBuild(build);
        if (withPom) {
            project.setFile(sandbox.project().resolve("pom.xml").toFile());
            build.setDirectory(sandbox.project().resolve("target").toString());
        }
        return project;
    }

    @SuppressWarnings("deprecation")
    private MavenSession session(MavenProject project) {
        MavenExecutionRequest request = new DefaultMavenExecutionRequest();
        request.setUserProperties(userProperties);
        request.setBaseDirectory(sandbox.project().toFile());
        MavenSession session = new MavenSession(null, request, new DefaultMavenExecutionResult(), project);
        session.setCurrentProject(project);
        return session;
    }

    private static String property(String expression) {
        return expression.substring(2, expression.length() - 1);
    }

    private String expand(String raw, String pluginVersion) {
        String basedir = sandbox.project().toString();
        return raw.replace("${project.build.directory}", basedir + "/target")
                .replace("${project.basedir}", basedir)
                .replace("${basedir}", basedir)
                .replace("${plugin.version}", pluginVersion);
    }

    /** Maven's conversions for the types a {@code -D} property can set. */
    private Object convert(String value, String type, java.lang.reflect.Type elementType) {
        return switch (type) {
            case "boolean" -> Boolean.parseBoolean(value);
            case "int" -> Integer.parseInt(value);
            case "long" -> Long.parseLong(value);
            case "java.io.File" -> {
                File file = new File(value);
                yield file.isAbsolute()
                        ? file
                        : sandbox.project().resolve(value).toFile();
            }
            case "java.util.List" -> Arrays.stream(value.split(","))
                    .map(String::trim)
                    .map(item -> elementType.equals(File.class) ? convert(item, "java.io.File", Object.class) : item)
                    .toList();
            default -> value;
        };
    }

    private static void inject(Object mojo, String name, Object value) throws ReflectiveOperationException {
        field(mojo, name).set(mojo, value);
    }

    /** The element type of a {@code List<X>} parameter (Maven converts each element), else Object. */
    private static java.lang.reflect.Type elementType(Object mojo, String name) throws ReflectiveOperationException {
        return field(mojo, name).getGenericType() instanceof java.lang.reflect.ParameterizedType list
                ? list.getActualTypeArguments()[0]
                : Object.class;
    }

    private static Field field(Object mojo, String name) throws NoSuchFieldException {
        for (Class<?> type = mojo.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        throw new NoSuchFieldException(mojo.getClass().getName() + "." + name);
    }

    /** Every goal of the plugin, as the generated descriptor lists them ({@code help} included). */
    static Set<String> names() {
        return byGoal().keySet();
    }

    private Element mojoDescriptor() {
        Map<String, Element> byGoal = byGoal();
        Element mojo = byGoal.get(name);
        if (mojo == null) {
            throw new IllegalArgumentException("no goal " + name + " in " + DESCRIPTOR + "; goals: " + byGoal.keySet());
        }
        return mojo;
    }

    private static Map<String, Element> byGoal() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document document = factory.newDocumentBuilder().parse(DESCRIPTOR.toFile());
            NodeList mojos = document.getElementsByTagName("mojo");
            Map<String, Element> byGoal = new LinkedHashMap<>();
            for (int i = 0; i < mojos.getLength(); i++) {
                Element mojo = (Element) mojos.item(i);
                byGoal.put(text(mojo, "goal"), mojo);
            }
            return byGoal;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + DESCRIPTOR.toAbsolutePath(), e);
        }
    }

    private static String text(Element parent, String tag) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && child.getTagName().equals(tag)) {
                return child.getTextContent().trim();
            }
        }
        return "";
    }
}
