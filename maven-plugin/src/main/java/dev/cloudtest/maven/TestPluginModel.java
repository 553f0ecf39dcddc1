package dev.cloudtest.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * What the module's Surefire and Failsafe are configured to do, read from the Maven model (the plugin's
 * configuration and each execution's): their reports folders, Failsafe's summary files and include patterns, and
 * whether Failsafe is bound at all. So the gate reads custom folders without being told.
 */
record TestPluginModel(
        List<Path> surefireReports,
        List<Path> failsafeReports,
        List<Path> failsafeSummaries,
        List<String> failsafeIncludes,
        boolean failsafeBound) {

    static TestPluginModel of(MavenProject project) {
        Path base = project.getBasedir().toPath();
        Path target = Path.of(project.getBuild().getDirectory());
        Set<Path> surefire = new LinkedHashSet<>();
        Set<Path> failsafe = new LinkedHashSet<>();
        Set<Path> summaries = new LinkedHashSet<>();
        List<String> includes = new ArrayList<>();
        boolean failsafeBound = false;
        boolean surefireSeen = false;
        for (Plugin plugin : project.getBuildPlugins()) {
            if (!"org.apache.maven.plugins".equals(plugin.getGroupId())) {
                continue;
            }
            if (plugin.getArtifactId().equals("maven-surefire-plugin")) {
                surefireSeen = true;
                for (Xpp3Dom config : configurations(plugin)) {
                    surefire.add(path(base, text(config, "reportsDirectory"), target.resolve("surefire-reports")));
                }
            } else if (plugin.getArtifactId().equals("maven-failsafe-plugin")) {
                for (PluginExecution execution : plugin.getExecutions()) {
                    if (!execution.getGoals().contains("integration-test")) {
                        continue;
                    }
                    failsafeBound = true;
                    Xpp3Dom config = merged(plugin, execution);
                    Path reports = path(base, text(config, "reportsDirectory"), target.resolve("failsafe-reports"));
                    failsafe.add(reports);
                    summaries.add(path(base, text(config, "summaryFile"), reports.resolve("failsafe-summary.xml")));
                    Xpp3Dom include = config == null ? null : config.getChild("includes");
                    if (include != null) {
                        for (Xpp3Dom child : include.getChildren()) {
                            if (child.getValue() != null
                                    && !includes.contains(child.getValue().strip())) {
                                includes.add(child.getValue().strip());
                            }
                        }
                    }
                }
            }
        }
        if (surefire.isEmpty() || !surefireSeen) {
            surefire.add(target.resolve("surefire-reports"));
        }
        if (failsafe.isEmpty()) {
            // Not bound here, but reports may still be there (Failsafe run from the command line): read them.
            failsafe.add(target.resolve("failsafe-reports"));
            summaries.add(target.resolve("failsafe-reports").resolve("failsafe-summary.xml"));
        }
        return new TestPluginModel(
                List.copyOf(surefire),
                List.copyOf(failsafe),
                List.copyOf(summaries),
                List.copyOf(includes),
                failsafeBound);
    }

    /** The folders the gate reads by default: Failsafe's, then Surefire's. */
    List<Path> reportsDirectories() {
        List<Path> all = new ArrayList<>(failsafeReports);
        surefireReports.stream().filter(p -> !all.contains(p)).forEach(all::add);
        return all;
    }

    private static List<Xpp3Dom> configurations(Plugin plugin) {
        List<Xpp3Dom> all = new ArrayList<>();
        all.add((Xpp3Dom) plugin.getConfiguration());
        for (PluginExecution execution : plugin.getExecutions()) {
            all.add(merged(plugin, execution));
        }
        return all;
    }

    private static Xpp3Dom merged(Plugin plugin, PluginExecution execution) {
        Xpp3Dom pluginConfig = (Xpp3Dom) plugin.getConfiguration();
        Xpp3Dom executionConfig = (Xpp3Dom) execution.getConfiguration();
        if (executionConfig == null) {
            return pluginConfig;
        }
        return Xpp3Dom.mergeXpp3Dom(
                new Xpp3Dom(executionConfig), pluginConfig == null ? null : new Xpp3Dom(pluginConfig));
    }

    private static String text(Xpp3Dom config, String name) {
        Xpp3Dom child = config == null ? null : config.getChild(name);
        String value = child == null ? null : child.getValue();
        return value == null || value.isBlank() || value.contains("${") ? null : value.strip();
    }

    private static Path path(Path base, String configured, Path fallback) {
        return configured == null ? fallback : base.resolve(configured).normalize();
    }
}
