package dev.cloudtest.examples.lab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormDataTest {
    @Test
    void decodesPlusAndPercentEscapes() {
        FormData form = FormData.parse("name=Ada+Lovelace&email=ada%40example.org");

        assertThat(form.get("name")).isEqualTo("Ada Lovelace");
        assertThat(form.get("email")).isEqualTo("ada@example.org");
    }

    @Test
    void missingFieldsAndEmptyBodiesGiveEmptyValues() {
        assertThat(FormData.parse("").get("name")).isEmpty();
        assertThat(FormData.parse(null).get("name")).isEmpty();
        assertThat(FormData.parse("name").get("name")).isEmpty();
    }

    @Test
    void firstValueOfARepeatedFieldWins() {
        assertThat(FormData.parse("name=first&name=second").get("name")).isEqualTo("first");
    }

    @Test
    void keepsAMalformedEscapeAsTyped() {
        assertThat(FormData.parse("name=100%").get("name")).isEqualTo("100%");
    }
}
