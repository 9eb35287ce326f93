package com.nashir.arabic;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZonedDateTime;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * Dates as the site prints them. Rules:
 *
 * <ol>
 *   <li>Every date is taken in the style's zone ({@link DateStyle#zone()}); the JVM's default zone and
 *       locale are never used.</li>
 *   <li>Gregorian date: day without leading zero, month name, year, single spaces — "17 يونيو 2024".
 *       Month names come from the JDK's CLDR data per {@link MonthStyle} ({@code ar-EG}, {@code ar-SY},
 *       {@code ar-DZ}, {@code ar-MA}); {@link MonthStyle#DUAL} writes "حزيران/يونيو".</li>
 *   <li>Date and time: date, " - ", 24-hour "HH:mm" — "17 يونيو 2024 - 14:05".</li>
 *   <li>Hijri date: Umm al-Qura calendar ({@link HijrahChronology#INSTANCE}) of the civil date in the
 *       style's zone (the day does not change at sunset), month and era names from CLDR {@code ar} —
 *       "11 ذو الحجة 1445 هـ". Umm al-Qura data covers 1300–1600 AH (1882–2174 CE).</li>
 *   <li>Display: the Gregorian date, and when {@link DateStyle#hijri()} is set, the Hijri date in
 *       parentheses — "17 يونيو 2024 (11 ذو الحجة 1445 هـ)". Outside the Umm al-Qura range the Hijri
 *       part is left out.</li>
 *   <li>ISO-8601: "2024-06-17T10:30:00+03:00", whole seconds, numeric offset, always Western digits
 *       (it is for machines, e.g. {@code <time datetime>}).</li>
 *   <li>Digits follow {@link DateStyle#digits()} everywhere except ISO-8601.</li>
 *   <li>No bidi control characters (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069) appear in the
 *       output, whatever the locale data contains.</li>
 * </ol>
 * Relative times ("منذ ساعتين") are {@link ArabicRelativeTime}'s.
 */
public final class ArabicDates {

    /** LEFT-TO-RIGHT MARK. */
    static final char LRM = '\u200E';
    /** RIGHT-TO-LEFT MARK. */
    static final char RLM = '\u200F';
    /** ARABIC LETTER MARK. */
    static final char ALM = '\u061C';
    /** LEFT-TO-RIGHT EMBEDDING; the embeddings and overrides run to U+202E. */
    static final char LRE = '\u202A';
    /** RIGHT-TO-LEFT OVERRIDE. */
    static final char RLO = '\u202E';
    /** LEFT-TO-RIGHT ISOLATE; the isolates run to U+2069. */
    static final char LRI = '\u2066';
    /** POP DIRECTIONAL ISOLATE. */
    static final char PDI = '\u2069';

    private static final Locale GULF_LOCALE = Locale.forLanguageTag("ar-EG");
    private static final Locale LEVANTINE_LOCALE = Locale.forLanguageTag("ar-SY");
    private static final Locale MAGHREBI_LOCALE = Locale.forLanguageTag("ar-DZ");
    private static final Locale MOROCCAN_LOCALE = Locale.forLanguageTag("ar-MA");
    private static final Locale HIJRI_LOCALE = Locale.forLanguageTag("ar");

    private static final DateTimeFormatter HIJRI_FORMAT = DateTimeFormatter.ofPattern("d MMMM y G", HIJRI_LOCALE)
            .withChronology(HijrahChronology.INSTANCE)
            .withDecimalStyle(DecimalStyle.STANDARD);
    private static final DateTimeFormatter TIME_FORMAT =
            DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withDecimalStyle(DecimalStyle.STANDARD);
    private static final DateTimeFormatter ISO_FORMAT = DateTimeFormatter.ofPattern(
                    "uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT)
            .withDecimalStyle(DecimalStyle.STANDARD);

    private ArabicDates() {}

    /** "17 يونيو 2024" — day without leading zero, month name, year; digits per style. */
    public static String date(Instant t, DateStyle s) {
        LocalDate d = local(t, s).toLocalDate();
        String text = d.getDayOfMonth() + " " + monthName(d.getMonth(), s.months()) + " " + d.getYear();
        return ArabicDigits.apply(text, s.digits());
    }

    /** "يونيو 2024" — a month of a year; digits per style. */
    public static String month(java.time.YearMonth m, DateStyle s) {
        return ArabicDigits.apply(monthName(m.getMonth(), s.months()) + " " + m.getYear(), s.digits());
    }

    /** "17 يونيو 2024 - 14:05" — 24-hour clock in the style's zone; digits per style. */
    public static String dateTime(Instant t, DateStyle s) {
        String time = ArabicDigits.apply(TIME_FORMAT.format(local(t, s)), s.digits());
        return date(t, s) + " - " + time;
    }

    /**
     * Umm al-Qura Hijri date "11 ذو الحجة 1445 هـ"; digits per style.
     *
     * @throws DateTimeException when the date is outside the Umm al-Qura range (1300–1600 AH)
     */
    public static String hijri(Instant t, DateStyle s) {
        HijrahDate h = HijrahDate.from(local(t, s).toLocalDate());
        return ArabicDigits.apply(stripBidi(HIJRI_FORMAT.format(h)), s.digits());
    }

    /** {@link #date}, plus " (" + {@link #hijri} + ")" when the style asks for Hijri and the date has one. */
    public static String display(Instant t, DateStyle s) {
        String gregorian = date(t, s);
        if (!s.hijri()) {
            return gregorian;
        }
        try {
            return gregorian + " (" + hijri(t, s) + ")";
        } catch (DateTimeException outsideUmmAlQura) {
            return gregorian;
        }
    }

    /** ISO-8601 with offset in the style's zone, whole seconds, Western digits: "2024-06-17T10:30:00+03:00". */
    public static String iso(Instant t, DateStyle s) {
        return ISO_FORMAT.format(local(t, s));
    }

    /** The month's name in the given style, from CLDR (DUAL composed as "Levantine/Gulf"). */
    static String monthName(Month m, MonthStyle style) {
        switch (style) {
            case LEVANTINE:
                return cldrMonth(m, LEVANTINE_LOCALE);
            case MAGHREBI:
                return cldrMonth(m, MAGHREBI_LOCALE);
            case MOROCCAN:
                return cldrMonth(m, MOROCCAN_LOCALE);
            case DUAL:
                return cldrMonth(m, LEVANTINE_LOCALE) + "/" + cldrMonth(m, GULF_LOCALE);
            case GULF:
            default:
                return cldrMonth(m, GULF_LOCALE);
        }
    }

    private static String cldrMonth(Month m, Locale locale) {
        return stripBidi(m.getDisplayName(TextStyle.FULL, locale)).strip();
    }

    private static ZonedDateTime local(Instant t, DateStyle s) {
        Objects.requireNonNull(t, "t");
        return t.atZone(Objects.requireNonNull(s, "s").zone());
    }

    /** Removes bidi control characters (LRM, RLM, ALM, embeddings, overrides, isolates). */
    static String stripBidi(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isBidiControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isBidiControl(char c) {
        return c == LRM || c == RLM || c == ALM || (c >= LRE && c <= RLO) || (c >= LRI && c <= PDI);
    }
}
