package dev.cloudtest.maven;

import dev.cloudtest.buildspec.BuildspecFiles;
import dev.cloudtest.buildspec.BuildspecGeneration;
import dev.cloudtest.buildspec.BuildspecRequest;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Writes the CodeBuild buildspec for the integration tests ({@code integration_buildspec.yml}) from a template:
 * runtime, commands, JUnit and coverage report groups, Maven cache, secrets by reference, optional fan-out
 * shards. Works offline and without a POM (e.g. for the pytest template); runs once per build, in the directory
 * Maven starts in. With {@code cloudtest.buildspec.check=true} it only compares and fails on drift.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate-buildspec", aggregator = true, requiresProject = false, threadSafe = true)
public class GenerateBuildspecMojo extends AbstractBuildspecMojo {
    /**
     * The buildspec file to write, absolute or relative to the project directory.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.buildspec.file", defaultValue = BuildspecFiles.DEFAULT_FILE_NAME)
    private String file;

    /**
     * Built-in template ({@code maven-failsafe}, {@code maven-surefire}, {@code pytest}) or a template file.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.buildspec.template", defaultValue = "maven-failsafe")
    private String template;

    /**
     * {@code java:} runtime, e.g. {@code corretto21}; derived from maven.compiler.release/target when empty.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.buildspec.javaRuntime")
    private String javaRuntime;

    /**
     * {@code python:} runtime version for the pytest template (always written quoted).
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.buildspec.pythonVersion")
    private String pythonVersion;

    /**
     * The command that runs the tests; the template's when empty.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.buildspec.testCommand")
    private String testCommand;

    /**
     * Keep the stage from re-running the unit tests the Build stage already ran: the test command gets
     * {@code -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false} (Surefire runs none; Failsafe's integration tests
     * still run). For a Maven test command.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.buildspec.skipUnitTests", defaultValue = "false")
    private boolean skipUnitTests;

    /**
     * Commands replacing the template's {@code install} commands.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<String> installCommands;

    /**
     * Commands replacing the template's {@code pre_build} commands.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<String> preBuildCommands;

    /**
     * Commands replacing the template's {@code build} commands ({@code {{testCommand}}} is substituted).
     *
     * @since 0.1.0
     */
    @Parameter
    private List<String> buildCommands;

    /**
     * Commands replacing the template's {@code post_build} commands.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<String> postBuildCommands;

    /**
     * {@code finally} commands of the phase that runs the tests.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<String> finallyCommands;

    /**
     * Report groups ({@code name, baseDirectory, files, fileFormat}) replacing the template's.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<ReportGroup> reportGroups;

    /**
     * A JACOCOXML coverage group: {@code auto} (when jacoco-maven-plugin is in the build of the project or of a
     * module), {@code true}, {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.buildspec.coverage", defaultValue = "auto")
    private String coverage;

    /**
     * Directory of jacoco.xml; derived from the JaCoCo report goal, else the template's.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.buildspec.coverageDirectory")
    private String coverageDirectory;

    /**
     * Collect every module's reports into one folder per group: {@code auto} (when the project has modules), {@code
     * true}, {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.buildspec.multiModule", defaultValue = "auto")
    private String multiModule;

    /**
     * Plain {@code env.variables} (no secrets: the validator rejects values that look like one).
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> environmentVariables;

    /**
     * {@code env.parameter-store}: variable name to SSM parameter name (a reference, never a value).
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> parameterStore;

    /**
     * {@code env.secrets-manager}: variable name to {@code secret-id[:json-key[:stage[:version]]]}.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> secretsManager;

    /**
     * {@code env.exported-variables}: names exported to CodePipeline.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.buildspec.exportedVariables")
    private List<String> exportedVariables;

    /**
     * {@code artifacts.files}; no artifacts section when empty.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.buildspec.artifactFiles")
    private List<String> artifactFiles;

    /**
     * {@code artifacts.base-directory}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.buildspec.artifactsBaseDirectory")
    private String artifactsBaseDirectory;

    /**
     * Keep the template's cache (the Maven repository, settings.xml excluded).
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.buildspec.cache", defaultValue = "true")
    private boolean cache;

    /**
     * {@code on-failure} of the test phase: ABORT, CONTINUE, RETRY, RETRY-n, RETRY-regex.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.buildspec.onFailure")
    private String onFailure;

    /**
     * Number of parallel builds (shards). Above 1, generate-buildspec emits {@code batch: build-fanout} and {@code
     * codebuild-tests-run}, add-stage makes the action run a batch build ({@code BatchEnabled}), and iam-policy adds
     * the batch-build actions to the pipeline role's statements.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.shards", defaultValue = "1")
    private int shards;

    /**
     * Glob of the test files split across shards; the template's when empty.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.buildspec.shardFiles")
    private String shardFiles;

    /**
     * Extra {@code {{name}}} values for your own template.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> templateVariables;

    /**
     * Compare with the file instead of writing it; fail with a diff when they differ.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.buildspec.check", defaultValue = "false")
    private boolean check;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.generate-buildspec.skip", defaultValue = "false")
    private boolean skip;

    /**
     * AWS CodeArtifact domain to resolve Maven artifacts from in CodeBuild (with {@code codeArtifactOwner},
     * {@code codeArtifactRepository} and {@code codeArtifactRegion}): {@code pre_build} then fetches a token into
     * {@code CODEARTIFACT_AUTH_TOKEN} and writes a {@code ~/.m2/settings.xml} that refers to it (the token is in
     * neither the file nor the log). The project's role needs {@code codeartifact:GetAuthorizationToken},
     * {@code codeartifact:ReadFromRepository} and {@code sts:GetServiceBearerToken}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.buildspec.codeArtifact.domain")
    private String codeArtifactDomain;

    /**
     * The CodeArtifact domain owner's 12-digit account id.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.buildspec.codeArtifact.owner")
    private String codeArtifactOwner;

    /**
     * The CodeArtifact repository (e.g. {@code maven-releases}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.buildspec.codeArtifact.repository")
    private String codeArtifactRepository;

    /**
     * The CodeArtifact repository's region.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cloudtest.buildspec.codeArtifact.region")
    private String codeArtifactRegion;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    @Override
    protected void run() {
        Path base = baseDirectory();
        List<MavenProject> projects =
                session.getProjects() == null || session.getProjects().isEmpty()
                        ? List.of(project)
                        : session.getProjects();
        List<Plugin> jacoco = BuildspecProjectFacts.jacoco(projects);
        String coverageDir =
                coverageDirectory != null ? coverageDirectory : BuildspecProjectFacts.jacocoReportDirectory(jacoco);
        Map<String, List<String>> phases = new LinkedHashMap<>();
        phases.put("install", installCommands);
        phases.put("pre_build", preBuildCommands);
        phases.put("build", buildCommands);
        phases.put("post_build", postBuildCommands);
        BuildspecRequest request = new BuildspecRequest(
                new BuildspecRequest.Template(template, base, templateVariables),
                new BuildspecRequest.Runtimes(
                        javaRuntime, BuildspecProjectFacts.compilerRelease(project), pythonVersion),
                new BuildspecRequest.Commands(testCommand, skipUnitTests, phases, finallyCommands, onFailure),
                new BuildspecRequest.Reports(
                        reportGroups == null
                                ? null
                                : reportGroups.stream().map(ReportGroup::toSpec).toList(),
                        BuildspecProjectFacts.autoOr(coverage, !jacoco.isEmpty(), "cloudtest.buildspec.coverage"),
                        coverageDir,
                        BuildspecProjectFacts.autoOr(
                                multiModule, !project.getModules().isEmpty(), "cloudtest.buildspec.multiModule")),
                new BuildspecRequest.Environment(
                        environmentVariables, parameterStore, secretsManager, exportedVariables),
                new BuildspecRequest.Artifacts(artifactFiles, artifactsBaseDirectory),
                cache,
                new BuildspecRequest.Shards(shards, shardFiles),
                BuildspecRequest.codeArtifact(
                        codeArtifactDomain, codeArtifactOwner, codeArtifactRepository, codeArtifactRegion),
                Optional.ofNullable(codeBuildProject()),
                new BuildspecRequest.Header(
                        pluginVersion, BuildspecProjectFacts.regenerateCommand(session, project, pluginVersion)));
        BuildspecGeneration.run(request, base.resolve(file), check, resultDirectory(), reporter());
    }

    @Override
    protected boolean goalSkipped() {
        return skip;
    }

    @Override
    protected String goalName() {
        return "generate-buildspec";
    }
}
