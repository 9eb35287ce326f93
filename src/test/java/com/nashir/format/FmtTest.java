package com.nashir.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.arabic.DateStyle;
import com.nashir.arabic.DigitStyle;
import com.nashir.arabic.MonthStyle;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The site settings reach the page: month style, digits, Hijri, zone. */
class FmtTest {
    static final Instant SEED = Instant.parse("2024-06-17T07:30:00Z");

    @Test
    void referenceSiteStyle() {
        assertThat(new Fmt(DateStyle.defaults()).display(SEED)).isEqualTo("17 يونيو 2024");
    }

    @Test
    void levantineEasternDigitsWithHijri() {
        var fmt = new Fmt(new DateStyle(ZoneId.of("Asia/Damascus"), MonthStyle.LEVANTINE, DigitStyle.EASTERN, true));
        assertThat(fmt.display(SEED)).startsWith("١٧ حزيران ٢٠٢٤").contains("ذو الحجة");
        assertThat(fmt.time(SEED)).isEqualTo("١٠:٣٠");
    }

    @Test
    void isoKeepsWesternDigitsForMachines() {
        var fmt = new Fmt(new DateStyle(ZoneId.of("Asia/Damascus"), MonthStyle.DUAL, DigitStyle.EASTERN, false));
        assertThat(fmt.iso(SEED)).isEqualTo("2024-06-17T10:30:00+03:00");
        assertThat(fmt.date(SEED)).isEqualTo("١٧ حزيران/يونيو ٢٠٢٤");
    }
}
