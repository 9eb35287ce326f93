package com.nashir.arabic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class ArabicDatesTest {

    /** 10:30 in Damascus (UTC+3) on 17 June 2024, which is 11 Dhu al-Hijjah 1445. */
    private static final Instant JUNE_17 = Instant.parse("2024-06-17T07:30:00Z");
    /** 01:30 on 18 June in Damascus, still 17 June in UTC. */
    private static final Instant LATE_JUNE_17_UTC = Instant.parse("2024-06-17T22:30:00Z");

    private static final DateStyle DEFAULTS = DateStyle.defaults();
    private static final DateStyle UTC = DEFAULTS.withZone(ZoneOffset.UTC);
    private static final DateStyle EASTERN = DEFAULTS.withDigits(DigitStyle.EASTERN);

    // ---- date ----

    @Test
    void date_gulfMonthNamesByDefault() {
        assertThat(ArabicDates.date(JUNE_17, DEFAULTS)).isEqualTo("17 يونيو 2024");
        assertThat(monthNames(MonthStyle.GULF))
                .containsExactly(
                        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
                        "نوفمبر", "ديسمبر");
    }

    @Test
    void date_levantineMonthNames() {
        assertThat(ArabicDates.date(JUNE_17, DEFAULTS.withMonths(MonthStyle.LEVANTINE)))
                .isEqualTo("17 حزيران 2024");
        assertThat(monthNames(MonthStyle.LEVANTINE))
                .containsExactly(
                        "كانون الثاني",
                        "شباط",
                        "آذار",
                        "نيسان",
                        "أيار",
                        "حزيران",
                        "تموز",
                        "آب",
                        "أيلول",
                        "تشرين الأول",
                        "تشرين الثاني",
                        "كانون الأول");
    }

    @Test
    void date_maghrebiMonthNames() {
        assertThat(ArabicDates.date(JUNE_17, DEFAULTS.withMonths(MonthStyle.MAGHREBI)))
                .isEqualTo("17 جوان 2024");
        assertThat(monthNames(MonthStyle.MAGHREBI))
                .containsExactly(
                        "جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر",
                        "ديسمبر");
    }

    @Test
    void date_dualMonthNamesLevantineSlashGulf() {
        assertThat(ArabicDates.date(JUNE_17, DEFAULTS.withMonths(MonthStyle.DUAL)))
                .isEqualTo("17 حزيران/يونيو 2024");
        assertThat(ArabicDates.date(Instant.parse("2024-01-11T09:00:00Z"), DEFAULTS.withMonths(MonthStyle.DUAL)))
                .isEqualTo("11 كانون الثاني/يناير 2024");
    }

    @Test
    void date_easternDigits() {
        assertThat(ArabicDates.date(JUNE_17, EASTERN)).isEqualTo("١٧ يونيو ٢٠٢٤");
    }

    @Test
    void date_dayWithoutLeadingZero() {
        assertThat(ArabicDates.date(Instant.parse("2025-03-05T09:00:00Z"), DEFAULTS))
                .isEqualTo("5 مارس 2025");
    }

    @Test
    void date_takenInTheStyleZone() {
        assertThat(ArabicDates.date(LATE_JUNE_17_UTC, DEFAULTS)).isEqualTo("18 يونيو 2024");
        assertThat(ArabicDates.date(LATE_JUNE_17_UTC, UTC)).isEqualTo("17 يونيو 2024");
    }

    @Test
    void date_ignoresJvmDefaultLocaleAndZone() {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-SA-u-nu-arab"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
            assertThat(ArabicDates.dateTime(JUNE_17, DEFAULTS)).isEqualTo("17 يونيو 2024 - 10:30");
            assertThat(ArabicDates.hijri(JUNE_17, DEFAULTS)).isEqualTo("11 ذو الحجة 1445 هـ");
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void date_hasNoBidiMarksInAnyStyle() {
        for (MonthStyle months : MonthStyle.values()) {
            for (Month m : Month.values()) {
                assertThat(ArabicDates.monthName(m, months)).doesNotContain("\u200E", "\u200F", "\u061C");
            }
        }
    }

    @Test
    void stripBidi_removesMarksEmbeddingsAndIsolates() {
        assertThat(ArabicDates.stripBidi("\u200F17\u061C يونيو\u200E \u202B2024\u202C\u2067\u2069"))
                .isEqualTo("17 يونيو 2024");
    }

    // ---- dateTime ----

    @Test
    void dateTime_24HourClockInStyleZone() {
        assertThat(ArabicDates.dateTime(Instant.parse("2024-06-17T11:05:00Z"), DEFAULTS))
                .isEqualTo("17 يونيو 2024 - 14:05");
        assertThat(ArabicDates.dateTime(Instant.parse("2024-06-17T17:45:00Z"), DEFAULTS))
                .isEqualTo("17 يونيو 2024 - 20:45");
    }

    @Test
    void dateTime_zeroPadsHoursAfterMidnight() {
        assertThat(ArabicDates.dateTime(Instant.parse("2024-06-16T21:05:00Z"), DEFAULTS))
                .isEqualTo("17 يونيو 2024 - 00:05");
    }

    @Test
    void dateTime_easternDigits() {
        assertThat(ArabicDates.dateTime(Instant.parse("2024-06-17T11:05:00Z"), EASTERN))
                .isEqualTo("١٧ يونيو ٢٠٢٤ - ١٤:٠٥");
    }

    // ---- hijri ----

    @Test
    void hijri_ummAlQuraKnownDate() {
        assertThat(ArabicDates.hijri(JUNE_17, DEFAULTS)).isEqualTo("11 ذو الحجة 1445 هـ");
    }

    @Test
    void hijri_monthNamesFromCldr() {
        assertThat(ArabicDates.hijri(Instant.parse("2025-03-01T09:00:00Z"), DEFAULTS))
                .isEqualTo("1 رمضان 1446 هـ");
        assertThat(ArabicDates.hijri(Instant.parse("2024-07-07T09:00:00Z"), DEFAULTS))
                .isEqualTo("1 محرم 1446 هـ");
        assertThat(ArabicDates.hijri(Instant.parse("2024-09-04T09:00:00Z"), DEFAULTS))
                .isEqualTo("1 ربيع الأول 1446 هـ");
    }

    @Test
    void hijri_civilDayInStyleZone() {
        assertThat(ArabicDates.hijri(LATE_JUNE_17_UTC, DEFAULTS)).isEqualTo("12 ذو الحجة 1445 هـ");
        assertThat(ArabicDates.hijri(LATE_JUNE_17_UTC, UTC)).isEqualTo("11 ذو الحجة 1445 هـ");
    }

    @Test
    void hijri_easternDigits() {
        assertThat(ArabicDates.hijri(JUNE_17, EASTERN)).isEqualTo("١١ ذو الحجة ١٤٤٥ هـ");
    }

    @Test
    void hijri_outsideUmmAlQuraRangeThrows() {
        assertThatThrownBy(() -> ArabicDates.hijri(Instant.parse("1850-01-01T00:00:00Z"), DEFAULTS))
                .isInstanceOf(DateTimeException.class);
    }

    // ---- display ----

    @Test
    void display_withoutHijriIsTheDate() {
        assertThat(ArabicDates.display(JUNE_17, DEFAULTS)).isEqualTo("17 يونيو 2024");
    }

    @Test
    void display_withHijriAddsItInParentheses() {
        assertThat(ArabicDates.display(JUNE_17, DEFAULTS.withHijri(true)))
                .isEqualTo("17 يونيو 2024 (11 ذو الحجة 1445 هـ)");
    }

    @Test
    void display_easternDigitsInBothParts() {
        assertThat(ArabicDates.display(
                        JUNE_17, EASTERN.withMonths(MonthStyle.DUAL).withHijri(true)))
                .isEqualTo("١٧ حزيران/يونيو ٢٠٢٤ (١١ ذو الحجة ١٤٤٥ هـ)");
    }

    @Test
    void display_outsideUmmAlQuraRangeShowsOnlyTheDate() {
        assertThat(ArabicDates.display(Instant.parse("1850-01-01T12:00:00Z"), DEFAULTS.withHijri(true)))
                .isEqualTo("1 يناير 1850");
    }

    // ---- iso ----

    @Test
    void iso_offsetOfTheStyleZone() {
        assertThat(ArabicDates.iso(JUNE_17, DEFAULTS)).isEqualTo("2024-06-17T10:30:00+03:00");
        assertThat(ArabicDates.iso(JUNE_17, UTC)).isEqualTo("2024-06-17T07:30:00+00:00");
    }

    @Test
    void iso_wholeSeconds() {
        assertThat(ArabicDates.iso(Instant.parse("2024-06-17T07:30:15.987Z"), DEFAULTS))
                .isEqualTo("2024-06-17T10:30:15+03:00");
    }

    @Test
    void iso_alwaysWesternDigits() {
        assertThat(ArabicDates.iso(JUNE_17, EASTERN)).isEqualTo("2024-06-17T10:30:00+03:00");
    }

    private static List<String> monthNames(MonthStyle style) {
        return Arrays.stream(Month.values())
                .map(m -> ArabicDates.monthName(m, style))
                .toList();
    }
}
