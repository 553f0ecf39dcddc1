package dev.cloudtest.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudtest.reports.FailedTest;
import org.junit.jupiter.api.Test;

class FailingTestPrinterTest {
    @Test
    void theFirstLineOfCodeBuildsMessageIsTheMessageAndTheRestTheDetail() {
        FailedTest test = FailingTestPrinter.toFailedTest(new FailedTestCase(
                "OrderIT",
                "com.acme.OrderIT",
                "placesAnOrder",
                "FAILED",
                "expected: 201 but was: 500\n\tat x(OrderIT.java:9)"));

        assertThat(test)
                .isEqualTo(new FailedTest(
                        "com.acme.OrderIT", "placesAnOrder", "expected: 201 but was: 500", "at x(OrderIT.java:9)"));
    }

    @Test
    void anErroredCaseIsLabelledAndFallsBackToTheSuiteName() {
        FailedTest test = FailingTestPrinter.toFailedTest(
                new FailedTestCase("OrderIT", null, "setUp", "ERROR", "java.net.ConnectException: refused"));

        assertThat(test.displayName()).isEqualTo("OrderIT.setUp");
        assertThat(test.message()).isEqualTo("[error] java.net.ConnectException: refused");
        assertThat(test.detail()).isEmpty();
    }
}
