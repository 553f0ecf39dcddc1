package dev.cloudtest.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {
    @Test
    void everyLineBreakAndControlCharacterIsEscapedOnOneLine() {
        assertThat(LogText.escape("a\n[INFO] BUILD SUCCESS\r\t\u001b[2J\u0085\u2028\u2029\u202e\u007f"))
                .isEqualTo("a\\n[INFO] BUILD SUCCESS\\r\\t\\u001b[2J\\u0085\\u2028\\u2029\\u202e\\u007f");
    }

    @Test
    void plainTextIsReturnedAsItIs() {
        String text = "OrdersIT.createsAnOrder: expected <1> but was <2> — ünïcödé";
        assertThat(LogText.escape(text)).isSameAs(text);
        assertThat(LogText.escape(null)).isNull();
    }

    @Test
    void theLogAdapterKeepsLineFeedsAndTabsOfItsOwnLayout() {
        assertThat(LogText.escapeKeepingLines("diff:\n\t+ a\r\n\u001b")).isEqualTo("diff:\n\t+ a\\r\n\\u001b");
    }
}
