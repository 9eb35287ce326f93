package com.nashir.arabic;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long ago, in Arabic: "منذ لحظات", "منذ دقيقة", "منذ ساعتين", "منذ 3 أيام", "منذ 11 شهراً".
 *
 * <p>Counted nouns follow Arabic number agreement ({@link #count}):
 * <ul>
 *   <li>1: the noun alone — دقيقة، ساعة، يوم</li>
 *   <li>2: the dual alone — دقيقتين، ساعتين، يومين (genitive after منذ)</li>
 *   <li>3–10: the number and the plural — 3 دقائق، 10 ساعات، 5 أيام</li>
 *   <li>11–99: the number and the singular, accusative (tanween alef on masculine nouns) — 11 دقيقة، 15 يوماً، 11 شهراً</li>
 *   <li>100 and up: by the last two digits: 3–10 plural (103 أيام), 11–99 accusative singular
 *       (111 يوماً), otherwise the singular (100 يوم، 102 دقيقة)</li>
 * </ul>
 * Steps: under a minute "منذ لحظات"; then minutes, hours, days (under 7), weeks (under 30 days),
 * months of 30 days (under 365 days), years of 365 days. A time in the future (a clock a little
 * ahead) reads "منذ لحظات" too.
 */
public final class ArabicRelativeTime {

    /** A counted unit with its singular, accusative singular, dual and plural forms. */
    public enum Unit {
        MINUTE("دقيقة", "دقيقة", "دقيقتين", "دقائق"),
        HOUR("ساعة", "ساعة", "ساعتين", "ساعات"),
        DAY("يوم", "يوماً", "يومين", "أيام"),
        WEEK("أسبوع", "أسبوعاً", "أسبوعين", "أسابيع"),
        MONTH("شهر", "شهراً", "شهرين", "أشهر"),
        YEAR("سنة", "سنة", "سنتين", "سنوات");

        private final String singular;
        private final String accusative;
        private final String dual;
        private final String plural;

        Unit(String singular, String accusative, String dual, String plural) {
            this.singular = singular;
            this.accusative = accusative;
            this.dual = dual;
            this.plural = plural;
        }
    }

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
            amount = count(minutes, Unit.MINUTE, digits);
        } else if (hours < 24) {
            amount = count(hours, Unit.HOUR, digits);
        } else if (days < 7) {
            amount = count(days, Unit.DAY, digits);
        } else if (days < 30) {
            amount = count(days / 7, Unit.WEEK, digits);
        } else if (days < 365) {
            amount = count(Math.max(1, days / 30), Unit.MONTH, digits);
        } else {
            amount = count(days / 365, Unit.YEAR, digits);
        }
        return "منذ " + amount;
    }

    /** {@code n} of a unit with the right form: "دقيقة", "دقيقتين", "3 دقائق", "11 دقيقة", "100 يوم". */
    public static String count(long n, Unit unit, DigitStyle digits) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(digits, "digits");
        if (n < 0) {
            throw new IllegalArgumentException("negative count: " + n);
        }
        if (n == 1) {
            return unit.singular;
        }
        if (n == 2) {
            return unit.dual;
        }
        String number = ArabicDigits.apply(Long.toString(n), digits);
        long lastTwo = n % 100;
        String noun;
        if (n >= 3 && n <= 10 || n > 100 && lastTwo >= 3 && lastTwo <= 10) {
            noun = unit.plural;
        } else if (lastTwo >= 11) {
            noun = unit.accusative;
        } else {
            noun = unit.singular;
        }
        return number + " " + noun;
    }
}
