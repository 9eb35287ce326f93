package com.nashir.arabic;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long ago, in Arabic: "منذ لحظات", "منذ دقيقة", "منذ ساعتين", "منذ 3 أيام", "منذ 11 شهراً" — the
 * site's one relative-time rule (comments use it).
 *
 * <p>Counted nouns follow Arabic number agreement after the preposition منذ ({@link ArabicCount#after}):
 * 1 the noun alone (دقيقة), 2 the dual in the genitive (ساعتين), 3–10 the plural (3 دقائق), 11–99
 * the accusative singular (15 يوماً), 100 and up by the last two digits.
 * Steps: under a minute "منذ لحظات"; then minutes, hours, days (under 7), weeks (under 30 days),
 * months of 30 days (under 365 days), years of 365 days. A time in the future (a clock a little
 * ahead) reads "منذ لحظات" too.
 */
public final class ArabicRelativeTime {

    public static final String MOMENTS_AGO = "منذ لحظات";

    private ArabicRelativeTime() {}

    /** "منذ …" for a time {@code then} seen at {@code now}, numbers in {@code digits}. */
    public static String ago(Instant then, Instant now, DigitStyle digits) {
        Objects.requireNonNull(then, "then");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(digits, "digits");
        long seconds = Duration.between(then, now).getSeconds();
        if (seconds < 60) {
            return MOMENTS_AGO;
        }
        long minutes = seconds / 60;
        long hours = minutes / 60;
        long days = hours / 24;
        String amount;
        if (minutes < 60) {
            amount = ArabicCount.after(minutes, CountedNoun.MINUTE, digits);
        } else if (hours < 24) {
            amount = ArabicCount.after(hours, CountedNoun.HOUR, digits);
        } else if (days < 7) {
            amount = ArabicCount.after(days, CountedNoun.DAY, digits);
        } else if (days < 30) {
            amount = ArabicCount.after(days / 7, CountedNoun.WEEK, digits);
        } else if (days < 365) {
            amount = ArabicCount.after(Math.max(1, days / 30), CountedNoun.MONTH, digits);
        } else {
            amount = ArabicCount.after(days / 365, CountedNoun.YEAR, digits);
        }
        return "منذ " + amount;
    }
}
