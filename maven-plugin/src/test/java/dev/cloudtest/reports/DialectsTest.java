package dev.cloudtest.reports;

import static dev.cloudtest.reports.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cloudtest.reports.FailingTest.Kind;
import org.junit.jupiter.api.Test;

/**
 * Every producer of docs/reports.md section 4. Expected counts come from reading each fixture: one test per
 * {@code <testcase>}, its status from its direct children (error, then failure, then skipped).
 */
class DialectsTest {

    @Test
    void surefireFailureErrorAndSkippedWithOutputIgnored() {
        FileReport report = read("dialects/surefire.xml");

        assertCounts(report, 4, 1, 1, 1, 0);
        assertThat(report.counts().timeSeconds()).isEqualTo(0.014, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(report.listed())
                .extracting(
                        FailingTest::kind,
                        f -> f.test().className(),
                        f -> f.test().name(),
                        f -> f.test().message())
                .containsExactly(
                        tuple(Kind.FAILURE, "com.example.CalculatorTest", "divides", "expected: <2> but was: <3>"),
                        tuple(
                                Kind.ERROR,
                                "com.example.CalculatorTest",
                                "multiplies",
                                "Cannot invoke \"Object.toString()\" because \"x\" is null"));
        String detail = report.listed().get(0).test().detail();
        assertThat(detail)
                .startsWith("org.opentest4j.AssertionFailedError: expected: <2> but was: <3>")
                .contains("CalculatorTest.java:21")
                .doesNotContain("dividing 6 by 2");
        assertThat(report.attributeMismatches()).isEmpty();
    }

    @Test
    void surefireRerunsFlakyPassesAndAlwaysFailingTests() {
        FileReport report = read("dialects/surefire-rerun.xml");

        // placesOrder: 2 flakyFailure -> passed, flaky; cancelsOrder: failure + 2 rerunFailure -> 1 failure;
        // refundsOrder: flakyError -> passed, flaky.
        assertCounts(report, 3, 1, 0, 0, 2);
        assertThat(report.listed())
                .extracting(FailingTest::kind, f -> f.test().name())
                .containsExactly(
                        tuple(Kind.FLAKY, "placesOrder"),
                        tuple(Kind.FAILURE, "cancelsOrder"),
                        tuple(Kind.FLAKY, "refundsOrder"));
        FailedTest flaky = report.listed().get(0).test();
        assertThat(flaky.message()).isEqualTo("timeout waiting for queue");
        assertThat(flaky.detail()).contains("OrderIT.java:40").doesNotContain("attempt 1");
        // Surefire up to 3.5.4 writes the counts of reruns in the suite attributes: not compared.
        assertThat(report.attributeMismatches()).isEmpty();
    }

    @Test
    void antWithErrorWithoutMessageUsesTheType() {
        FileReport report = read("dialects/ant.xml");

        assertCounts(report, 3, 1, 1, 0, 0);
        assertThat(report.listed())
                .extracting(f -> f.test().name(), f -> f.test().message())
                .containsExactly(
                        tuple("testCompare", "expected:<1> but was:<2>"),
                        tuple("testNull", "java.lang.NullPointerException"));
        assertThat(report.attributeMismatches()).isEmpty();
    }

    @Test
    void antSuiteLevelErrorCountsAsOneErroredTest() {
        FileReport report = read("dialects/ant-init-error.xml");

        assertCounts(report, 1, 0, 1, 0, 0);
        FailedTest test = report.listed().get(0).test();
        assertThat(test.displayName()).isEqualTo("org.example.BrokenTest.(suite)");
        assertThat(test.message()).startsWith("Forked Java VM exited abnormally.");
        assertThat(report.attributeMismatches()).isEmpty();
    }

    @Test
    void pytestXunit2FailuresWithoutTypeAndDuplicateNamesFromTeardownErrors() {
        FileReport report = read("dialects/pytest-xunit2.xml");

        // test_ok passed, test_compare failure, test_later + test_known_bug skipped,
        // test_db failure (call) and test_db again with an error (teardown): two test cases.
        assertCounts(report, 6, 2, 1, 2, 0);
        assertThat(report.listed())
                .extracting(FailingTest::kind, f -> f.test().displayName(), f -> f.test()
                        .message())
                .containsExactly(
                        tuple(Kind.FAILURE, "tests.test_api.test_compare", "assert 1 == 2"),
                        tuple(Kind.FAILURE, "tests.test_api.test_db", "AssertionError: rows differ"),
                        tuple(
                                Kind.ERROR,
                                "tests.test_api.test_db",
                                "failed on teardown with \"RuntimeError: connection still open\""));
        assertThat(report.listed().get(0).test().detail()).contains("E       assert 1 == 2");
        // pytest's tests= subtracts the double-reported test: 5 declared, 6 elements.
        assertThat(report.attributeMismatches())
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("declares tests=5", "show tests=6");
    }

    @Test
    void pytestXunit1WithFileLineAndPropertiesPerTest() {
        FileReport report = read("dialects/pytest-xunit1.xml");

        assertCounts(report, 2, 1, 0, 0, 0);
        assertThat(report.listed().get(0).test().message()).isEqualTo("AssertionError: assert '#x1B[31mred' == 'red'");
        assertThat(report.attributeMismatches()).isEmpty();
    }

    @Test
    void jestJunitFailuresAsTextOnlyAndSeveralFailureElementsInOneTest() {
        FileReport report = read("dialects/jest-junit.xml");

        assertCounts(report, 4, 2, 0, 1, 0);
        FailedTest first = report.listed().get(0).test();
        assertThat(first.name()).isEqualTo("cart computes the total");
        assertThat(first.message()).isNull();
        assertThat(first.detail()).contains("Expected: 30", "Received: 29").doesNotContain("second assertion");
        assertThat(report.attributeMismatches()).isEmpty();
    }

    @Test
    void gotestsumTestMainInASuiteThatSaysZeroTestsAndRootErrorsWithoutElements() {
        FileReport report = read("dialects/gotestsum.xml");

        assertCounts(report, 3, 2, 0, 0, 0);
        assertThat(report.listed())
                .extracting(f -> f.test().displayName(), f -> f.test().message())
                .containsExactly(
                        tuple("example.com/shop/cart.TestTotal", "Failed"),
                        tuple("example.com/shop/db.TestMain", "Failed"));
        assertThat(report.listed().get(0).test().detail()).contains("cart_test.go:21: got 29, want 30");
        assertThat(report.attributeMismatches())
                .hasSize(2)
                .anySatisfy(m -> assertThat(m)
                        .contains("'example.com/shop/db'", "declares tests=0, failures=0", "show tests=1, failures=1"))
                .anySatisfy(m -> assertThat(m).contains("<testsuites>", "declares errors=1", "show errors=0"));
    }

    @Test
    void goJunitReportBuildErrorsAsErroredTestCases() {
        FileReport report = read("dialects/go-junit-report.xml");

        assertCounts(report, 3, 1, 1, 1, 0);
        assertThat(report.listed())
                .extracting(FailingTest::kind, f -> f.test().displayName(), f -> f.test()
                        .message())
                .containsExactly(
                        tuple(Kind.FAILURE, "example.com/app/a.TestParse", "Failed"),
                        tuple(Kind.ERROR, "example.com/app/b.[build failed]", "Build error"));
        assertThat(report.listed().get(1).test().detail()).isEqualTo("b/b.go:5:2: undefined: missingFunc");
        assertThat(report.attributeMismatches()).isEmpty();
    }

    @Test
    void mochaWithoutXmlDeclarationEmptyRootSuiteAndDuplicateNames() {
        FileReport report = read("dialects/mocha.xml");

        assertCounts(report, 3, 1, 0, 0, 0);
        assertThat(report.listed().get(0).test().message()).isEqualTo("expected 1 to equal 2");
        assertThat(report.attributeMismatches()).isEmpty();
    }

    @Test
    void phpunitNestedSuitesForDataProviders() {
        FileReport report = read("dialects/phpunit.xml");

        assertCounts(report, 4, 1, 1, 1, 0);
        assertThat(report.listed())
                .extracting(f -> f.test().displayName(), f -> f.test().message())
                .containsExactly(
                        tuple("Tests.CalcTest.testSub", "PHPUnit\\Framework\\ExpectationFailedException"),
                        tuple("Tests.CalcTest.testDiv", "DivisionByZeroError"));
        assertThat(report.listed().get(0).test().detail()).contains("Failed asserting that 2 matches expected 3.");
        assertThat(report.attributeMismatches()).isEmpty();
    }

    @Test
    void xmlrunnerWithOutputInsideTestCases() {
        FileReport report = read("dialects/xmlrunner.xml");

        assertCounts(report, 3, 1, 1, 0, 0);
        assertThat(report.listed())
                .extracting(f -> f.test().name(), f -> f.test().message())
                .containsExactly(tuple("test_put", "1 != 2"), tuple("test_delete", "no such key"));
        assertThat(report.listed().get(0).test().detail()).doesNotContain("putting");
    }

    @Test
    void swiftEmptyFailureWithoutType() {
        FileReport report = read("dialects/swift.xml");

        assertCounts(report, 3, 1, 0, 0, 0);
        FailedTest test = report.listed().get(0).test();
        assertThat(test.displayName()).isEqualTo("MathTests.AdditionTests.testOverflow");
        assertThat(test.message()).isEqualTo("failed");
        assertThat(test.detail()).isNull();
    }

    @Test
    void bazelTestCaseWithoutClassnameTakesTheSuiteName() {
        FileReport report = read("dialects/bazel.xml");

        assertCounts(report, 1, 0, 1, 0, 0);
        assertThat(report.listed().get(0).test())
                .isEqualTo(new FailedTest(
                        "//server:server_test", "//server:server_test", "exited with error code 1", null));
    }

    static void assertCounts(FileReport report, int tests, int failures, int errors, int skipped, int flaky) {
        assertThat(report.problem()).as("problem reading " + report.file()).isNull();
        assertThat(report.counts())
                .extracting(
                        TestCounts::tests,
                        TestCounts::failures,
                        TestCounts::errors,
                        TestCounts::skipped,
                        TestCounts::flaky)
                .containsExactly(tests, failures, errors, skipped, flaky);
    }
}
