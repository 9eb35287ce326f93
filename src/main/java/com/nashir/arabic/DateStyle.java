package com.nashir.arabic;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Everything needed to print a date for the site.
 *
 * @param zone   the time zone dates and times are shown in (never the JVM default)
 * @param months how Gregorian month names are written
 * @param digits which digits numbers are printed with
 * @param hijri  whether {@link ArabicDates#display} adds the Umm al-Qura Hijri date
 */
public record DateStyle(ZoneId zone, MonthStyle months, DigitStyle digits, boolean hijri) {

    /** The site's default zone. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Damascus");

    public DateStyle {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(months, "months");
        Objects.requireNonNull(digits, "digits");
    }

    /** Asia/Damascus, {@link MonthStyle#GULF}, {@link DigitStyle#WESTERN}, no Hijri date. */
    public static DateStyle defaults() {
        return new DateStyle(DEFAULT_ZONE, MonthStyle.GULF, DigitStyle.WESTERN, false);
    }

    public DateStyle withZone(ZoneId zone) {
        return new DateStyle(zone, months, digits, hijri);
    }

    public DateStyle withMonths(MonthStyle months) {
        return new DateStyle(zone, months, digits, hijri);
    }

    public DateStyle withDigits(DigitStyle digits) {
        return new DateStyle(zone, months, digits, hijri);
    }

    public DateStyle withHijri(boolean hijri) {
        return new DateStyle(zone, months, digits, hijri);
    }
}
