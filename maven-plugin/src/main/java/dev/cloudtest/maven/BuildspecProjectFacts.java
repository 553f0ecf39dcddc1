package dev.cloudtest.maven;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;

/** What generate-buildspec reads from the Maven project: compiler release, JaCoCo, modules, the command line. */
final class BuildspecProjectFacts {
    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_./:,=@+-]*");

    private BuildspecProjectFacts() {}

    /** The project's directory, or where Maven was started when there is no POM (a standalone run). */
    static Path baseDirectory(MavenProject project, MavenSession session) {
        return project.getBasedir() != null
                ? project.getBasedir().toPath()
                : Path.of(session.getExecutionRootDirectory());
    }

    /** The configured result directory, or {@code target/cloudtest} under the base directory without a POM. */
    static Path outputDirectory(MavenProject project, MavenSession session, Path configured) {
        return project.getBasedir() != null
                ? configured
                : baseDirectory(project, session).resolve("target/cloudtest");
    }

    /** The CodeBuild project name: the given one, else {@code cloudtest.project} (the pipeline goals' property). */
    static String codeBuildProject(String explicit, MavenProject project, MavenSession session) {
        if (explicit != null && !explicit.isBlank()) {
            return explicit;
        }
        return session.getUserProperties()
                .getProperty("cloudtest.project", project.getProperties().getProperty("cloudtest.project"));
    }

    static String compilerRelease(MavenProject project) {
        Properties properties = project.getProperties();
        return properties.getProperty("maven.compiler.release", properties.getProperty("maven.compiler.target"));
    }

    static Optional<Plugin> jacoco(MavenProject project) {
        return project.getBuildPlugins().stream()
                .filter(p -> "org.jacoco".equals(p.getGroupId()) && "jacoco-maven-plugin".equals(p.getArtifactId()))
                .findFirst();
    }

    /** Where the configured JaCoCo report goal writes jacoco.xml; empty lets the template decide. */
    static String jacocoReportDirectory(MavenProject project) {
        var goals = jacoco(project).stream()
                .flatMap(p -> p.getExecutions().stream())
                .map(PluginExecution::getGoals)
                .flatMap(java.util.List::stream)
                .collect(Collectors.toSet());
        if (goals.contains("report-aggregate")) {
            return "target/site/jacoco-aggregate";
        }
        if (goals.contains("report-integration")) {
            return "target/site/jacoco-it";
        }
        return goals.contains("report") ? "target/site/jacoco" : null;
    }

    /** "auto" follows the project; "true"/"false" force. */
    static boolean autoOr(String setting, boolean detected) {
        return setting == null || setting.isBlank() || setting.equalsIgnoreCase("auto")
                ? detected
                : Boolean.parseBoolean(setting.trim());
    }

    /** The command that regenerates the file: the goal plus the generate parameters given on this command line. */
    static String regenerateCommand(MavenSession session) {
        Map<String, String> given = new TreeMap<>();
        session.getUserProperties().forEach((k, v) -> {
            String key = String.valueOf(k);
            boolean generateParameter = key.equals("cloudtest.shards")
                    || (key.startsWith("cloudtest.buildspec.")
                            && !key.equals("cloudtest.buildspec.check")
                            && !key.equals("cloudtest.buildspec.files")
                            && !key.equals("cloudtest.buildspec.failOnWarning"));
            if (generateParameter) {
                given.put(key, String.valueOf(v));
            }
        });
        StringBuilder command = new StringBuilder("mvn cloudtest:generate-buildspec");
        given.forEach((k, v) -> command.append(" -D").append(k).append('=').append(shellWord(v)));
        return command.toString();
    }

    private static String shellWord(String value) {
        return SHELL_SAFE.matcher(value).matches() ? value : "'" + value.replace("'", "'\\''") + "'";
    }
}
