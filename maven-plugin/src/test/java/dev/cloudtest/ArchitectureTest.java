package dev.cloudtest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of docs/ARCHITECTURE.md that the module graph cannot enforce, checked on the compiled classes of the
 * plugin, cloudtest-core and cloudtest-aws (types, not import lines: a fully qualified name cannot slip past).
 * The module graph enforces the rest: cloudtest-core has no dependency at all, so it cannot see Maven or the SDK.
 */
class ArchitectureTest {
    /** The domain packages: they speak through ports and never reach an adapter or a front end. */
    private static final String[] DOMAIN = {
        "dev.cloudtest.core..",
        "dev.cloudtest.stack..",
        "dev.cloudtest.pool..",
        "dev.cloudtest.buildspec..",
        "dev.cloudtest.reports..",
        "dev.cloudtest.pipeline..",
        "dev.cloudtest.project..",
        "dev.cloudtest.iam..",
        "dev.cloudtest.model..",
        "dev.cloudtest.run..",
        "dev.cloudtest.runner.."
    };

    /** Where maven-plugin-plugin generates the help goal. */
    private static final String HELP_MOJO_PACKAGE = "dev.cloudtest.cloudtest_maven_plugin";

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar")
                        && !location.contains("cloudtest-testlib")
                        && !location.contains("/test-classes/"))
                .importPackages("dev.cloudtest");
    }

    @Test
    void theRulesSeeEveryModule() {
        // Guards the rules below against passing vacuously on a moved tree.
        assertThat(classes.containPackage("dev.cloudtest.maven")).isTrue();
        assertThat(classes.containPackage("dev.cloudtest.stack")).isTrue();
        assertThat(classes.containPackage("dev.cloudtest.aws")).isTrue();
        assertThat(classes.stream().filter(c -> c.getSimpleName().equals("ArchitectureTest")))
                .as("test classes are not production code")
                .isEmpty();
    }

    @Test
    void onlyTheMavenPackageUsesMaven() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.cloudtest.maven..", HELP_MOJO_PACKAGE)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.maven..")
                .check(classes);
    }

    @Test
    void theDomainNeverReachesTheSdkTheAdaptersOrTheFrontEnd() {
        noClasses()
                .that()
                .resideInAnyPackage(DOMAIN)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("software.amazon.awssdk..", "dev.cloudtest.aws..", "dev.cloudtest.maven..")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.cloudtest.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void codeNeverPrintsToTheConsole() {
        // Output goes through the Reporter sink each front end adapts.
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(classes);
    }
}
