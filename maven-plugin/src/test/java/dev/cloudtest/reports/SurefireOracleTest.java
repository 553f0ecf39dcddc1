package dev.cloudtest.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On Surefire's own format (and Ant's, which it follows) the reader agrees with surefire-report-parser, the
 * parser Maven itself uses, on tests, failures, errors and skipped.
 */
class SurefireOracleTest {

    @ParameterizedTest
    @ValueSource(strings = {"dialects/surefire.xml", "dialects/surefire-rerun.xml", "dialects/ant.xml"})
    void countsAgreeWithSurefireReportParser(String fixture) throws Exception {
        List<ReportTestSuite> suites = new TestSuiteXmlParser(new NullConsoleLogger())
                .parse(Fixtures.report(fixture).toString());

        TestCounts ours = Fixtures.read(fixture).counts();

        assertThat(ours.tests())
                .isEqualTo(suites.stream()
                        .mapToInt(ReportTestSuite::getNumberOfTests)
                        .sum());
        assertThat(ours.failures())
                .isEqualTo(suites.stream()
                        .mapToInt(ReportTestSuite::getNumberOfFailures)
                        .sum());
        assertThat(ours.errors())
                .isEqualTo(suites.stream()
                        .mapToInt(ReportTestSuite::getNumberOfErrors)
                        .sum());
        assertThat(ours.skipped())
                .isEqualTo(suites.stream()
                        .mapToInt(ReportTestSuite::getNumberOfSkipped)
                        .sum());
    }
}
