package com.nashir.site;

import com.nashir.arabic.ArabicDates;
import com.nashir.arabic.ArabicDigits;
import com.nashir.arabic.DateStyle;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and numbers as the site's settings write them; handed to every template. */
public record Fmt(DateStyle style) {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    public String date(Instant t) {
        return ArabicDates.date(t, style);
    }

    /** Date, plus the Hijri date when the site shows it. */
    public String display(Instant t) {
        return ArabicDates.display(t, style);
    }

    public String dateTime(Instant t) {
        return ArabicDates.dateTime(t, style);
    }

    /** Clock time "14:05" in the site's zone. */
    public String time(Instant t) {
        return ArabicDigits.apply(HH_MM.format(t.atZone(style.zone())), style.digits());
    }

    public String iso(Instant t) {
        return ArabicDates.iso(t, style);
    }

    public String number(long n) {
        return ArabicDigits.apply(Long.toString(n), style.digits());
    }
}
