package dev.cloudtest.maven;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
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

    static String compilerRelease(MavenProject project) {
        Properties properties = project.getProperties();
        return properties.getProperty("maven.compiler.release", properties.getProperty("maven.compiler.target"));
    }

    /** The jacoco-maven-plugin declarations in the build's projects (the root and, in a reactor, every module). */
    static List<Plugin> jacoco(List<MavenProject> projects) {
        return projects.stream()
                .flatMap(project -> project.getBuildPlugins().stream())
                .filter(p -> "org.jacoco".equals(p.getGroupId()) && "jacoco-maven-plugin".equals(p.getArtifactId()))
                .toList();
    }

    /** Where the configured JaCoCo report goal writes jacoco.xml; null lets the template decide. */
    static String jacocoReportDirectory(List<Plugin> jacoco) {
        Set<String> goals = jacoco.stream()
                .flatMap(p -> p.getExecutions().stream())
                .map(PluginExecution::getGoals)
                .flatMap(List::stream)
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
