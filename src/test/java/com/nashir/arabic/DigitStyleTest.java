package com.nashir.arabic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DigitStyleTest {

    @Test
    void parse_acceptsEachNameCaseInsensitively() {
        assertThat(DigitStyle.parse("western")).isEqualTo(DigitStyle.WESTERN);
        assertThat(DigitStyle.parse("Eastern")).isEqualTo(DigitStyle.EASTERN);
        assertThat(DigitStyle.parse(" EASTERN ")).isEqualTo(DigitStyle.EASTERN);
    }

    @Test
    void parse_rejectsUnknownNames() {
        assertThatThrownBy(() -> DigitStyle.parse("arabic"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("arabic");
        assertThatThrownBy(() -> DigitStyle.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
