package com.nashir.arabic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MonthStyleTest {

    @Test
    void parse_acceptsEachNameCaseInsensitively() {
        assertThat(MonthStyle.parse("gulf")).isEqualTo(MonthStyle.GULF);
        assertThat(MonthStyle.parse("Levantine")).isEqualTo(MonthStyle.LEVANTINE);
        assertThat(MonthStyle.parse("MAGHREBI")).isEqualTo(MonthStyle.MAGHREBI);
        assertThat(MonthStyle.parse("dUaL")).isEqualTo(MonthStyle.DUAL);
    }

    @Test
    void parse_ignoresSurroundingWhiteSpace() {
        assertThat(MonthStyle.parse("  levantine\n")).isEqualTo(MonthStyle.LEVANTINE);
    }

    @Test
    void parse_rejectsUnknownNames() {
        assertThatThrownBy(() -> MonthStyle.parse("syrian")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("syrian");
        assertThatThrownBy(() -> MonthStyle.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MonthStyle.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
