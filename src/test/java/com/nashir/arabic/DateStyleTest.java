package com.nashir.arabic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DateStyleTest {

    @Test
    void defaults_damascusGulfWesternWithoutHijri() {
        assertThat(DateStyle.defaults())
                .isEqualTo(new DateStyle(ZoneId.of("Asia/Damascus"), MonthStyle.GULF, DigitStyle.WESTERN, false));
    }

    @Test
    void constructor_rejectsMissingParts() {
        assertThatThrownBy(() -> new DateStyle(null, MonthStyle.GULF, DigitStyle.WESTERN, false))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new DateStyle(ZoneOffset.UTC, null, DigitStyle.WESTERN, false))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new DateStyle(ZoneOffset.UTC, MonthStyle.GULF, null, false))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void with_changesOnlyThatPart() {
        DateStyle d = DateStyle.defaults();
        assertThat(d.withZone(ZoneOffset.UTC))
                .isEqualTo(new DateStyle(ZoneOffset.UTC, MonthStyle.GULF, DigitStyle.WESTERN, false));
        assertThat(d.withMonths(MonthStyle.DUAL))
                .isEqualTo(new DateStyle(d.zone(), MonthStyle.DUAL, DigitStyle.WESTERN, false));
        assertThat(d.withDigits(DigitStyle.EASTERN))
                .isEqualTo(new DateStyle(d.zone(), MonthStyle.GULF, DigitStyle.EASTERN, false));
        assertThat(d.withHijri(true)).isEqualTo(new DateStyle(d.zone(), MonthStyle.GULF, DigitStyle.WESTERN, true));
    }
}
