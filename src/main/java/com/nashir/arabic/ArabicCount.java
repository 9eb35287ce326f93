package com.nashir.arabic;

import java.util.Objects;

/**
 * A number and the noun it counts, in agreement — the one place Nashir writes "3 نتائج". The
 * categories are CLDR's Arabic plural rules (what ICU and the browsers' {@code Intl.PluralRules}
 * use), each with the form Arabic grammar gives the counted noun (tamyeez):
 *
 * <ul>
 *   <li>1 — the singular and "واحد/واحدة" after it, no digit: "نتيجة واحدة", "مقال واحد". After a
 *       preposition ({@link Case#OBLIQUE}) the singular alone: "بعد ثانية", "منذ دقيقة".</li>
 *   <li>2 — the dual alone, no digit: "نتيجتان"; after a preposition "نتيجتين", "منذ ساعتين".</li>
 *   <li>3–10 (by the last two digits: also 103–110, 1003…) — the number and the plural: "3 نتائج".</li>
 *   <li>11–99 (by the last two digits: also 111–199…) — the number and the singular in the accusative,
 *       with the tanween alef where the noun takes one: "11 نتيجة", "15 مقالاً".</li>
 *   <li>0, 100–102, 200, 1000… — the number and the singular: "100 نتيجة", "0 مقال" (CLDR writes
 *       zero this way too; pages that have a sentence for "none" say it themselves).</li>
 * </ul>
 *
 * The number is written in the given {@link DigitStyle}: "٣ نتائج". Units of measure
 * ({@link CountedNoun#measure()}) follow every number unchanged: "1 ميغابايت", "2 ميغابايت". A number
 * with a fraction ({@link #decimal}) takes the singular: "2.5 ثانية", "٢٫٥ ميغابايت".
 */
public final class ArabicCount {

    /** The grammatical case of the counted phrase; only the dual and "one" change with it. */
    public enum Case {
        /** Subject or predicate: "نتيجتان", "نتيجة واحدة". */
        NOMINATIVE,
        /** After a preposition or as an object: "نتيجتين", and the singular alone for one. */
        OBLIQUE
    }

    private ArabicCount() {}

    /** Nominative: "نتيجة واحدة", "نتيجتان", "٣ نتائج", "١١ مقالاً", "١٠٠ نتيجة". */
    public static String of(long n, CountedNoun noun, DigitStyle digits) {
        return of(n, noun, Case.NOMINATIVE, digits);
    }

    /** After a preposition: "ثانية", "ثانيتين", "٣ ثوانٍ", "١٥ ثانية" (as in "بعد …", "منذ …", "من …"). */
    public static String after(long n, CountedNoun noun, DigitStyle digits) {
        return of(n, noun, Case.OBLIQUE, digits);
    }

    /** The counted phrase in the given case (see the class rules); {@code n} must not be negative. */
    public static String of(long n, CountedNoun noun, Case grammaticalCase, DigitStyle digits) {
        Objects.requireNonNull(noun, "noun");
        Objects.requireNonNull(grammaticalCase, "grammaticalCase");
        Objects.requireNonNull(digits, "digits");
        if (n < 0) {
            throw new IllegalArgumentException("a count is never negative: " + n);
        }
        if (noun.measure()) {
            return ArabicDigits.apply(Long.toString(n), digits) + " " + noun.singular();
        }
        if (n == 1) {
            if (grammaticalCase == Case.OBLIQUE) {
                return noun.singular();
            }
            return noun.singular() + " " + (noun.feminine() ? "واحدة" : "واحد");
        }
        if (n == 2) {
            return grammaticalCase == Case.OBLIQUE ? noun.dualOblique() : noun.dual();
        }
        return ArabicDigits.apply(Long.toString(n), digits) + " " + form(n, noun);
    }

    /**
     * A measured amount with {@code fractionDigits} decimals: "14.3 ميغابايت", "٠٫٨ ثانية" (the decimal
     * separator ٫ with Eastern digits). A whole amount is counted as {@link #after} counts it.
     */
    public static String decimal(double amount, int fractionDigits, CountedNoun noun, DigitStyle digits) {
        Objects.requireNonNull(noun, "noun");
        if (amount < 0 || Double.isNaN(amount) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("not an amount: " + amount);
        }
        String written = java.math.BigDecimal.valueOf(amount)
                .setScale(fractionDigits, java.math.RoundingMode.HALF_UP)
                .toPlainString();
        if (fractionDigits == 0 || written.endsWith("." + "0".repeat(fractionDigits)) && !noun.measure()) {
            return after(Math.round(amount), noun, digits);
        }
        return BidiRuns.number(written, digits) + " " + noun.singular();
    }

    /**
     * The noun's phrase for each of CLDR's Arabic plural categories ("zero", "one", "two", "few",
     * "many", "other"), "{n}" standing for the number: for a script that counts in the browser
     * ({@code Intl.PluralRules("ar")} picks the category), so the words still come from here.
     */
    public static java.util.Map<String, String> patterns(CountedNoun noun, Case grammaticalCase) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        long[] samples = {0, 1, 2, 3, 11, 100};
        String[] categories = {"zero", "one", "two", "few", "many", "other"};
        for (int i = 0; i < samples.length; i++) {
            String phrase = of(samples[i], noun, grammaticalCase, DigitStyle.WESTERN);
            out.put(categories[i], phrase.replaceFirst("^" + samples[i] + " ", "{n} "));
        }
        return out;
    }

    /** The noun's form for a number written with digits (3 and above, or 0). */
    private static String form(long n, CountedNoun noun) {
        long lastTwo = n % 100;
        if (lastTwo >= 3 && lastTwo <= 10) {
            return noun.plural();
        }
        if (lastTwo >= 11) {
            return noun.accusative();
        }
        return noun.singular();
    }
}
