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
        assertThat(MonthStyle.parse("moroccan")).isEqualTo(MonthStyle.MOROCCAN);
    }

    @Test
    void parse_ignoresSurroundingWhiteSpace() {
        assertThat(MonthStyle.parse("  levantine\n")).isEqualTo(MonthStyle.LEVANTINE);
    }

    @Test
    void parse_rejectsUnknownNames() {
        assertThatThrownBy(() -> MonthStyle.parse("syrian"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("syrian");
        assertThatThrownBy(() -> MonthStyle.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MonthStyle.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachStyleIsLabelledByTheCountriesThatWriteIt() {
        assertThat(MonthStyle.MAGHREBI.label())
                .contains("الجزائر")
                .contains("تونس")
                .doesNotContain("المغرب");
        assertThat(MonthStyle.MOROCCAN.label()).contains("المغرب");
    }

    @Test
    void moroccanMonthsAreMoroccoOwn() {
        assertThat(java.util.Arrays.stream(java.time.Month.values())
                        .map(m -> ArabicDates.monthName(m, MonthStyle.MOROCCAN))
                        .toList())
                .containsExactly(
                        "يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر",
                        "دجنبر");
    }
}
