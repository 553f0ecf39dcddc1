package dev.cloudtest.examples.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagesTest {
    @Test
    void dashboardListsEveryUserEscaped() {
        String html = Pages.dashboard(
                List.of(new User("Ada", "ada@example.org"), new User("<script>x</script>", "x@example.org")));

        assertThat(html)
                .contains("2 registered user(s)")
                .contains("<li>Ada &lt;ada@example.org&gt;</li>")
                .contains("<li>&lt;script&gt;x&lt;/script&gt; &lt;x@example.org&gt;</li>")
                .doesNotContain("<script>");
    }

    @Test
    void formPostsToRegisterAndShowsTheProblem() {
        String html = Pages.registrationForm("Please enter your name.");

        assertThat(html)
                .contains("<form method=\"post\" action=\"/register\">")
                .contains("<p class=\"error\" role=\"alert\">Please enter your name.</p>");
        assertThat(Pages.registrationForm(null)).doesNotContain("role=\"alert\"");
    }

    @Test
    void escapesQuotesAndAmpersands() {
        assertThat(Pages.escape("a&b \"c\" 'd'")).isEqualTo("a&amp;b &quot;c&quot; &#39;d&#39;");
    }
}
