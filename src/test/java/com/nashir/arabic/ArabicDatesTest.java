package com.nashir.arabic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Duration;
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
    private static final Instant NOW = Instant.parse("2024-06-17T12:00:00Z");

    private static final DateStyle DEFAULTS = DateStyle.defaults();
    private static final DateStyle UTC = DEFAULTS.withZone(ZoneOffset.UTC);
    private static final DateStyle EASTERN = DEFAULTS.withDigits(DigitStyle.EASTERN);

    // ---- date ----

    @Test
    void date_gulfMonthNamesByDefault() {
        assertThat(ArabicDates.date(JUNE_17, DEFAULTS)).isEqualTo("17 يونيو 2024");
        assertThat(monthNames(MonthStyle.GULF)).containsExactly(
                "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
                "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر");
    }

    @Test
    void date_levantineMonthNames() {
        assertThat(ArabicDates.date(JUNE_17, DEFAULTS.withMonths(MonthStyle.LEVANTINE))).isEqualTo("17 حزيران 2024");
        assertThat(monthNames(MonthStyle.LEVANTINE)).containsExactly(
                "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
                "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول");
    }

    @Test
    void date_maghrebiMonthNames() {
        assertThat(ArabicDates.date(JUNE_17, DEFAULTS.withMonths(MonthStyle.MAGHREBI))).isEqualTo("17 جوان 2024");
        assertThat(monthNames(MonthStyle.MAGHREBI)).containsExactly(
                "جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان",
                "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر");
    }

    @Test
    void date_dualMonthNamesLevantineSlashGulf() {
        assertThat(ArabicDates.date(JUNE_17, DEFAULTS.withMonths(MonthStyle.DUAL))).isEqualTo("17 حزيران/يونيو 2024");
        assertThat(ArabicDates.date(Instant.parse("2024-01-11T09:00:00Z"), DEFAULTS.withMonths(MonthStyle.DUAL)))
                .isEqualTo("11 كانون الثاني/يناير 2024");
    }

    @Test
    void date_easternDigits() {
        assertThat(ArabicDates.date(JUNE_17, EASTERN)).isEqualTo("١٧ يونيو ٢٠٢٤");
    }

    @Test
    void date_dayWithoutLeadingZero() {
        assertThat(ArabicDates.date(Instant.parse("2025-03-05T09:00:00Z"), DEFAULTS)).isEqualTo("5 مارس 2025");
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
        assertThat(ArabicDates.hijri(Instant.parse("2025-03-01T09:00:00Z"), DEFAULTS)).isEqualTo("1 رمضان 1446 هـ");
        assertThat(ArabicDates.hijri(Instant.parse("2024-07-07T09:00:00Z"), DEFAULTS)).isEqualTo("1 محرم 1446 هـ");
        assertThat(ArabicDates.hijri(Instant.parse("2024-09-04T09:00:00Z"), DEFAULTS)).isEqualTo("1 ربيع الأول 1446 هـ");
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
        assertThat(ArabicDates.display(JUNE_17, EASTERN.withMonths(MonthStyle.DUAL).withHijri(true)))
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

    // ---- relative ----

    @Test
    void relative_underAMinuteIsNow() {
        assertThat(ago(Duration.ZERO)).isEqualTo("الآن");
        assertThat(ago(Duration.ofSeconds(59))).isEqualTo("الآن");
    }

    @Test
    void relative_minutesAgreeWithNumber() {
        assertThat(ago(Duration.ofMinutes(1))).isEqualTo("منذ دقيقة");
        assertThat(ago(Duration.ofMinutes(2))).isEqualTo("منذ دقيقتين");
        assertThat(ago(Duration.ofMinutes(3))).isEqualTo("منذ 3 دقائق");
        assertThat(ago(Duration.ofMinutes(5))).isEqualTo("منذ 5 دقائق");
        assertThat(ago(Duration.ofMinutes(10))).isEqualTo("منذ 10 دقائق");
        assertThat(ago(Duration.ofMinutes(11))).isEqualTo("منذ 11 دقيقة");
        assertThat(ago(Duration.ofMinutes(15))).isEqualTo("منذ 15 دقيقة");
        assertThat(ago(Duration.ofMinutes(59))).isEqualTo("منذ 59 دقيقة");
    }

    @Test
    void relative_hoursAgreeWithNumber() {
        assertThat(ago(Duration.ofHours(1))).isEqualTo("منذ ساعة");
        assertThat(ago(Duration.ofHours(2))).isEqualTo("منذ ساعتين");
        assertThat(ago(Duration.ofHours(7))).isEqualTo("منذ 7 ساعات");
        assertThat(ago(Duration.ofHours(12))).isEqualTo("منذ 12 ساعة");
        assertThat(ago(Duration.ofHours(23))).isEqualTo("منذ 23 ساعة");
    }

    @Test
    void relative_daysAgreeWithNumber() {
        assertThat(ago(Duration.ofDays(1))).isEqualTo("منذ يوم");
        assertThat(ago(Duration.ofDays(2))).isEqualTo("منذ يومين");
        assertThat(ago(Duration.ofDays(6))).isEqualTo("منذ 6 أيام");
    }

    @Test
    void relative_weeksAgreeWithNumber() {
        assertThat(ago(Duration.ofDays(7))).isEqualTo("منذ أسبوع");
        assertThat(ago(Duration.ofDays(14))).isEqualTo("منذ أسبوعين");
        assertThat(ago(Duration.ofDays(21))).isEqualTo("منذ 3 أسابيع");
        assertThat(ago(Duration.ofDays(30))).isEqualTo("منذ 4 أسابيع");
    }

    @Test
    void relative_countsWholeElapsedUnits() {
        assertThat(ago(Duration.ofMinutes(119))).isEqualTo("منذ ساعة");
        assertThat(ago(Duration.ofHours(47))).isEqualTo("منذ يوم");
        assertThat(ago(Duration.ofDays(13))).isEqualTo("منذ أسبوع");
    }

    @Test
    void relative_olderThan30DaysIsTheDate() {
        Instant then = NOW.minus(Duration.ofDays(30).plusSeconds(1));
        assertThat(ArabicDates.relative(then, NOW, DEFAULTS)).isEqualTo("18 مايو 2024");
        assertThat(ArabicDates.relative(then, NOW, DEFAULTS.withMonths(MonthStyle.LEVANTINE)))
                .isEqualTo("18 أيار 2024");
    }

    @Test
    void relative_easternDigits() {
        assertThat(ArabicDates.relative(NOW.minus(Duration.ofMinutes(5)), NOW, EASTERN)).isEqualTo("منذ ٥ دقائق");
        assertThat(ArabicDates.relative(NOW.minus(Duration.ofMinutes(15)), NOW, EASTERN)).isEqualTo("منذ ١٥ دقيقة");
    }

    @Test
    void relative_clockSkewUpToAMinuteIsNow() {
        assertThat(ArabicDates.relative(NOW.plusSeconds(60), NOW, DEFAULTS)).isEqualTo("الآن");
    }

    @Test
    void relative_furtherFutureIsTheDate() {
        assertThat(ArabicDates.relative(NOW.plus(Duration.ofHours(2)), NOW, DEFAULTS)).isEqualTo("17 يونيو 2024");
    }

    // ---- number agreement beyond the relative-time ranges ----

    @Test
    void counted_elevenToNinetyNineTakeSingularAccusative() {
        assertThat(ArabicDates.counted(15, ArabicDates.Unit.DAY)).isEqualTo("15 يوما");
        assertThat(ArabicDates.counted(11, ArabicDates.Unit.WEEK)).isEqualTo("11 أسبوعا");
        assertThat(ArabicDates.counted(99, ArabicDates.Unit.HOUR)).isEqualTo("99 ساعة");
    }

    @Test
    void counted_hundredsFollowTheLastTwoDigits() {
        assertThat(ArabicDates.counted(100, ArabicDates.Unit.DAY)).isEqualTo("100 يوم");
        assertThat(ArabicDates.counted(102, ArabicDates.Unit.DAY)).isEqualTo("102 يوم");
        assertThat(ArabicDates.counted(103, ArabicDates.Unit.DAY)).isEqualTo("103 أيام");
        assertThat(ArabicDates.counted(111, ArabicDates.Unit.DAY)).isEqualTo("111 يوما");
    }

    @Test
    void counted_rejectsZero() {
        assertThatThrownBy(() -> ArabicDates.counted(0, ArabicDates.Unit.MINUTE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String ago(Duration d) {
        return ArabicDates.relative(NOW.minus(d), NOW, DEFAULTS);
    }

    private static List<String> monthNames(MonthStyle style) {
        return Arrays.stream(Month.values()).map(m -> ArabicDates.monthName(m, style)).toList();
    }
}
