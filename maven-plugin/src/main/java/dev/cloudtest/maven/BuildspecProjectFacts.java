package dev.cloudtest.maven;

import dev.cloudtest.buildspec.ParameterText;
import dev.cloudtest.buildspec.ShellQuoting;
import dev.cloudtest.core.UserFixableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;

/** What generate-buildspec reads from the Maven project: compiler release, JaCoCo, modules, the command line. */
final class BuildspecProjectFacts {
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

    /** "auto" follows the project; "true"/"false" force; anything else is an error naming {@code property}. */
    static boolean autoOr(String setting, boolean detected, String property) {
        if (setting == null || setting.isBlank() || setting.trim().equalsIgnoreCase("auto")) {
            return detected;
        }
        if (setting.trim().equalsIgnoreCase("true") || setting.trim().equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(setting.trim());
        }
        throw new UserFixableException(property + "=" + setting + " is not a valid value; use auto, true or false.");
    }

    /** The command that regenerates the file: the goal plus the generate parameters given on this command line. */
    static String regenerateCommand(MavenSession session, MavenProject project, String pluginVersion) {
        return regenerateCommand(session.getUserProperties(), declaresPlugin(project), pluginVersion);
    }

    /**
     * The {@code cloudtest:} prefix resolves only where the POM declares the plugin; elsewhere (no POM, e.g. a Python
     * repository, or a POM without it) the command names the plugin in full.
     */
    static String regenerateCommand(Properties userProperties, boolean pluginDeclared, String pluginVersion) {
        Map<String, String> given = new TreeMap<>();
        userProperties.forEach((k, v) -> {
            String key = String.valueOf(k);
            boolean generateParameter = key.equals("cloudtest.shards")
                    || (key.startsWith("cloudtest.buildspec.")
                            && !key.equals("cloudtest.buildspec.check")
                            && !key.equals("cloudtest.buildspec.files")
                            && !key.equals("cloudtest.buildspec.failOnWarning"));
            if (generateParameter) {
                // Copied into the buildspec's header comment: a line break would start a live YAML line.
                ParameterText.requireOneLine("The name of a -Dcloudtest.buildspec.* property", key);
                given.put(key, ParameterText.requireOneLine("-D" + key, String.valueOf(v)));
            }
        });
        StringBuilder command = new StringBuilder(
                pluginDeclared || pluginVersion == null || pluginVersion.isBlank()
                        ? "mvn cloudtest:generate-buildspec"
                        : "mvn dev.cloudtest:cloudtest-maven-plugin:" + pluginVersion + ":generate-buildspec");
        given.forEach((k, v) ->
                command.append(" -D").append(ShellQuoting.word(k)).append('=').append(ShellQuoting.word(v)));
        return command.toString();
    }

    private static boolean declaresPlugin(MavenProject project) {
        List<Plugin> plugins = new ArrayList<>(project.getBuildPlugins());
        if (project.getPluginManagement() != null) {
            plugins.addAll(project.getPluginManagement().getPlugins());
        }
        return plugins.stream()
                .anyMatch(p ->
                        "dev.cloudtest".equals(p.getGroupId()) && "cloudtest-maven-plugin".equals(p.getArtifactId()));
    }
}
